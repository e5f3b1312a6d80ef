package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class KubeVirtSimulatorIT {

  static KubernetesClient client;
  static KubeVirtSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SimulatedCluster.start(client, DemoInventory.DEFAULT_VM_COUNT);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  private static @Nullable GenericKubernetesResource vm(String ns, String name) {
    return Api.op(client, Api.VM).inNamespace(ns).withName(name).get();
  }

  private static @Nullable GenericKubernetesResource vmi(String ns, String name) {
    return Api.op(client, Api.VMI).inNamespace(ns).withName(name).get();
  }

  private static void awaitPrintable(String ns, String name, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat((String) Api.get(vm(ns, name), "status", "printableStatus"))
                    .isEqualTo(status));
  }

  private static void runStrategy(String ns, String name, String strategy) {
    Api.op(client, Api.VM)
        .inNamespace(ns)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"runStrategy\":\"" + strategy + "\"}}");
  }

  @Test
  void runningVmGetsRunningVmiOnNodeWithIp() {
    awaitPrintable("shop", "web-01", "Running");
    var vm = vm("shop", "web-01");
    assertThat((Boolean) Api.get(vm, "status", "ready")).isTrue();
    assertThat((Boolean) Api.get(vm, "status", "created")).isTrue();
    var vmi = vmi("shop", "web-01");
    assertThat((String) Api.get(vmi, "status", "phase")).isEqualTo("Running");
    assertThat((String) Api.get(vmi, "status", "nodeName")).startsWith("worker-0");
    assertThat(vmi.getMetadata().getLabels()).containsEntry("kubevirt.io/domain", "web-01");
    assertThat(vmi.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(ref -> assertThat(ref.getController()).isTrue());
    List<Map<String, Object>> interfaces = Api.get(vmi, "status", "interfaces");
    assertThat(interfaces).hasSize(2);
    assertThat((String) interfaces.get(0).get("ipAddress")).startsWith("10.244.");
    assertThat((String) interfaces.get(1).get("ipAddress")).startsWith("192.168.200.");
    assertThat((String) Api.get(vmi, "status", "guestOSInfo", "id")).isEqualTo("fedora");
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    assertThat(conditions).extracting(c -> c.get("type")).contains("Ready", "AgentConnected");
  }

  @Test
  void haltingVmRemovesItsVmi() {
    awaitPrintable("shop", "app-01", "Running");
    runStrategy("shop", "app-01", "Halted");
    awaitPrintable("shop", "app-01", "Stopped");
    assertThat(vmi("shop", "app-01")).isNull();
    assertThat((Boolean) Api.get(vm("shop", "app-01"), "status", "ready")).isFalse();
    runStrategy("shop", "app-01", "Always");
    awaitPrintable("shop", "app-01", "Running");
  }

  @Test
  void oversizedVmIsUnschedulable() {
    awaitPrintable("dev", "analytics-xl-01", "ErrorUnschedulable");
    var vmi = vmi("dev", "analytics-xl-01");
    assertThat((String) Api.get(vmi, "status", "phase")).isEqualTo("Scheduling");
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    assertThat(conditions)
        .anySatisfy(
            c -> {
              assertThat(c)
                  .containsEntry("type", "PodScheduled")
                  .containsEntry("reason", "Unschedulable");
              assertThat((String) c.get("message"))
                  .isEqualTo("0/4 nodes are available: 4 Insufficient memory.");
            });
  }

  @Test
  void deletingVmRemovesItsVmi() {
    awaitPrintable("infra", "dns-01", "Running");
    Api.op(client, Api.VM).inNamespace("infra").withName("dns-01").delete();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(vmi("infra", "dns-01")).isNull());
  }

  @Test
  void kubectlCreatedVmBootsAndKeepsUnknownFields() {
    var vm = new GenericKubernetesResource();
    vm.setApiVersion("kubevirt.io/v1");
    vm.setKind("VirtualMachine");
    vm.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("custom-01")
            .withNamespace("dev")
            .build());
    vm.setAdditionalProperties(
        Map.of(
            "spec",
            Map.of(
                "runStrategy",
                "Always",
                "template",
                Map.of(
                    "spec",
                    Map.of(
                        "domain",
                        Map.of(
                            "memory", Map.of("guest", "1Gi"),
                            "features", Map.of("foo", Map.of("bar", 42)),
                            "devices",
                                Map.of(
                                    "interfaces",
                                    List.of(Map.of("name", "default", "masquerade", Map.of())))),
                        "networks",
                        List.of(Map.of("name", "default", "pod", Map.of())))))));
    Api.op(client, Api.VM).inNamespace("dev").resource(vm).create();
    awaitPrintable("dev", "custom-01", "Running");
    assertThat(
            (Integer)
                Api.get(
                    vm("dev", "custom-01"),
                    "spec",
                    "template",
                    "spec",
                    "domain",
                    "features",
                    "foo",
                    "bar"))
        .isEqualTo(42);
    assertThat(
            (Integer) Api.get(vmi("dev", "custom-01"), "spec", "domain", "features", "foo", "bar"))
        .isEqualTo(42);
  }
}
