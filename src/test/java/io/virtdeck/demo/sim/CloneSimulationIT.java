package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated clone controller: a clone of a VM walks SnapshotInProgress, CreatingTargetVM,
 * RestoreInProgress to Succeeded and leaves a stopped VM with new disks, the MAC and serial asked
 * for, the labels the filters let through and every field of the source it does not know; a clone
 * of a snapshot starts at CreatingTargetVM; a clone whose source is missing or whose target exists
 * fails with the reason.
 */
@EnableKubernetesMockClient(crud = true)
class CloneSimulationIT {

  static KubernetesClient client;
  static KubeVirtSimulator simulator;

  /** Every phase each clone went through, in order, as a watch saw them. */
  static final Map<String, List<String>> PHASES = new ConcurrentHashMap<>();

  static SharedIndexInformer<GenericKubernetesResource> watch;

  @BeforeAll
  static void start() {
    simulator = SimulatedCluster.start(client, DemoInventory.DEFAULT_VM_COUNT);
    watch = Api.op(client, Api.CLONE).inAnyNamespace().inform(new PhaseRecorder());
  }

  @AfterAll
  static void stop() {
    watch.close();
    simulator.close();
  }

  @Test
  void cloneOfAVmWalksItsPhasesAndMakesAStoppedVmWithNewDisks() {
    Api.op(client, Api.VM)
        .inNamespace("shop")
        .withName("db-01")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"labels\":{\"example.com/drop\":\"x\"}},"
                + "\"spec\":{\"template\":{\"spec\":{\"futureSpec\":\"kept\"}}}}");
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(
        "source", Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "db-01"));
    spec.put(
        "target",
        Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "db-clone-01"));
    spec.put("labelFilters", List.of("*", "!example.com/*"));
    spec.put("newMacAddresses", Map.of("default", "02:00:00:00:00:42"));
    spec.put("newSMBiosSerial", "serial-42");

    var clone = create("shop", "db-01-clone", spec);
    List<String> phases = phasesOf(clone);

    assertThat(phases)
        .as("phases, ending with: %s", message(clone))
        .containsSubsequence(
            "SnapshotInProgress", "CreatingTargetVM", "RestoreInProgress", "Succeeded");
    var target = Api.op(client, Api.VM).inNamespace("shop").withName("db-clone-01").get();
    assertThat((String) Api.get(target, "spec", "runStrategy")).isEqualTo("Halted");
    assertThat(target.getMetadata().getLabels())
        .containsKey("app")
        .doesNotContainKey("example.com/drop");
    assertThat((String) Api.get(target, "spec", "template", "spec", "futureSpec"))
        .isEqualTo("kept");
    assertThat((String) Api.get(target, "spec", "template", "spec", "domain", "firmware", "serial"))
        .isEqualTo("serial-42");
    List<Map<String, Object>> interfaces =
        Api.get(target, "spec", "template", "spec", "domain", "devices", "interfaces");
    assertThat(interfaces)
        .anySatisfy(i -> assertThat(i).containsEntry("macAddress", "02:00:00:00:00:42"));
    List<Map<String, Object>> templates = Api.get(target, "spec", "dataVolumeTemplates");
    assertThat(templates)
        .isNotEmpty()
        .allSatisfy(
            t ->
                assertThat(String.valueOf(((Map<?, ?>) t.get("metadata")).get("name")))
                    .startsWith("db-clone-01-"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client
                        .persistentVolumeClaims()
                        .inNamespace("shop")
                        .withName("db-clone-01-rootdisk")
                        .get()
                    != null);
  }

  @Test
  void cloneOfASnapshotStartsByCreatingTheTarget() {
    var snapshot =
        Api.op(client, Api.SNAPSHOT).inAnyNamespace().list().getItems().stream()
            .filter(s -> Boolean.TRUE.equals(Api.get(s, "status", "readyToUse")))
            .findFirst()
            .orElseThrow();
    String ns = snapshot.getMetadata().getNamespace();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put(
        "source",
        Map.of(
            "apiGroup",
            "snapshot.kubevirt.io",
            "kind",
            "VirtualMachineSnapshot",
            "name",
            snapshot.getMetadata().getName()));
    spec.put(
        "target", Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "from-snap"));

    var clone = create(ns, "from-snap-clone", spec);
    List<String> phases = phasesOf(clone);

    assertThat(phases)
        .as("phases, ending with: %s", message(clone))
        .doesNotContain("SnapshotInProgress")
        .containsSubsequence("CreatingTargetVM", "RestoreInProgress", "Succeeded");
    assertThat(Api.op(client, Api.VM).inNamespace(ns).withName("from-snap").get()).isNotNull();
  }

  @Test
  void cloneOfAMissingVmFailsWithTheReason() {
    var clone =
        create(
            "dev",
            "ghost-clone",
            Map.of(
                "source",
                Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "ghost")));

    assertThat(phasesOf(clone)).last().isEqualTo("Failed");
    assertThat(message(clone)).isEqualTo("source VirtualMachine ghost does not exist");
  }

  @Test
  void cloneOntoAnExistingVmFailsWithTheReason() {
    var clone =
        create(
            "shop",
            "onto-web-01",
            Map.of(
                "source",
                Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "db-01"),
                "target",
                Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "web-01")));

    assertThat(phasesOf(clone)).last().isEqualTo("Failed");
    assertThat(message(clone)).isEqualTo("target VirtualMachine web-01 already exists");
  }

  private static GenericKubernetesResource create(
      String ns, String name, Map<String, Object> spec) {
    var clone = new GenericKubernetesResource();
    clone.setApiVersion("clone.kubevirt.io/v1beta1");
    clone.setKind("VirtualMachineClone");
    clone.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(ns).build());
    clone.setAdditionalProperties(new LinkedHashMap<>(Map.of("spec", spec)));
    return Api.op(client, Api.CLONE).inNamespace(ns).resource(clone).create();
  }

  /** The phases the clone went through until it ended (Succeeded or Failed). */
  private static List<String> phasesOf(GenericKubernetesResource clone) {
    String key = clone.getMetadata().getNamespace() + "/" + clone.getMetadata().getName();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<String> seen = PHASES.getOrDefault(key, List.of());
              return seen.contains("Succeeded") || seen.contains("Failed");
            });
    return List.copyOf(PHASES.get(key));
  }

  /** Records each new phase of each clone. */
  private static final class PhaseRecorder
      implements ResourceEventHandler<GenericKubernetesResource> {

    @Override
    public void onAdd(GenericKubernetesResource clone) {
      record(clone);
    }

    @Override
    public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource clone) {
      record(clone);
    }

    @Override
    public void onDelete(GenericKubernetesResource clone, boolean unknown) {}

    private static void record(GenericKubernetesResource clone) {
      String phase = Api.get(clone, "status", "phase");
      if (phase == null) {
        return;
      }
      List<String> phases =
          PHASES.computeIfAbsent(
              clone.getMetadata().getNamespace() + "/" + clone.getMetadata().getName(),
              k -> new CopyOnWriteArrayList<>());
      if (phases.isEmpty() || !phases.getLast().equals(phase)) {
        phases.add(phase);
      }
    }
  }

  private static String message(GenericKubernetesResource clone) {
    List<Map<String, Object>> conditions = Api.get(read(clone), "status", "conditions");
    return conditions.stream()
        .filter(c -> "Ready".equals(c.get("type")))
        .map(c -> String.valueOf(c.get("message")))
        .findFirst()
        .orElseThrow();
  }

  private static GenericKubernetesResource read(GenericKubernetesResource clone) {
    return Api.op(client, Api.CLONE)
        .inNamespace(clone.getMetadata().getNamespace())
        .withName(clone.getMetadata().getName())
        .get();
  }
}
