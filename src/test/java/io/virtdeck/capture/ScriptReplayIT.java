package io.virtdeck.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.network.NewNic;
import io.virtdeck.network.NewPortGroup;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.provision.CurrentSettings;
import io.virtdeck.provision.DeleteItem;
import io.virtdeck.provision.DeletePlan;
import io.virtdeck.provision.SettingsForm;
import io.virtdeck.provision.VmDeletion;
import io.virtdeck.provision.VmEditing;
import io.virtdeck.storage.NewDisk;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.task.Task;
import io.virtdeck.testing.ResettableDemo;
import io.virtdeck.vm.power.PowerAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code Capture's promise: actions done through VirtDeck as a user (power, a port group, a NIC, a
 * disk, Edit Settings, a snapshot and a revert, a migration, Delete from Disk keeping the disks)
 * are recorded; the demo cluster is reset to its seed; the recorded bash script run with kubectl
 * makes the same objects the clicks made.
 */
class ScriptReplayIT {

  private static final UserIdentity OPERATOR =
      UserIdentity.of("operator", DemoUsers.OPERATOR.groups());
  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");
  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final ResourceKey APP = new ResourceKey("shop", "app-01");

  private static final String UID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @TempDir static Path folder;
  private static ResettableDemo demo;
  private static VmEditing editing;
  private static VmDeletion deletion;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not at /usr/bin/kubectl");
    demo = new ResettableDemo(folder);
    editing = new VmEditing(demo.caches, demo.reviews, demo.tasks);
    StorageInventory storage = new StorageInventory(demo.caches, demo.reviews);
    deletion = new VmDeletion(demo.caches, storage, demo.storage, demo.reviews, demo.tasks);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void theRecordedScriptReplayedWithKubectlMakesWhatTheClicksMade() throws Exception {
    demo.awaitVmStatus("shop", "web-01", "Running");
    demo.awaitVmStatus("shop", "app-01", "Running");
    Recording recording = new CodeCapture(demo.tasks).newRecording(OPERATOR);
    recording.start();

    click();
    Map<String, Object> byClicks = objects();
    String script =
        ScriptFormat.BASH.render(
            recording.steps().stream()
                .map(t -> new CapturedStep(t.titleKey(), t.target().toString(), t.script()))
                .toList());
    Files.writeString(folder.resolve("capture.sh"), script);
    recording.close();

    demo.cluster.reset();
    demo.awaitVmStatus("shop", "web-01", "Running");
    demo.awaitVmStatus("shop", "app-01", "Running");
    assertThat(objects()).as("the reset brought the seed back").isNotEqualTo(byClicks);

    ProcessBuilder bash =
        new ProcessBuilder("bash", folder.resolve("capture.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("replay.log").toFile());
    bash.environment().put("KUBECONFIG", demo.cluster.kubeconfig().toString());
    Process replay = bash.start();
    boolean ended = replay.waitFor(5, TimeUnit.MINUTES);
    replay.destroyForcibly();
    assertThat(ended)
        .as("the replay ended; output:\n%s", Files.readString(folder.resolve("replay.log")))
        .isTrue();
    assertThat(replay.exitValue())
        .as(
            "replay output:\n%s\nscript:\n%s",
            Files.readString(folder.resolve("replay.log")), script)
        .isZero();
    Map<String, Object> byScript = objects();
    assertThat(byScript.keySet()).isEqualTo(byClicks.keySet());
    byClicks.forEach((key, made) -> assertThat(byScript.get(key)).as(key).isEqualTo(made));
  }

  /** What the user does in VirtDeck, each task waited for as the user would. */
  private static void click() {
    demo.done(demo.vms.run(OPERATOR, PowerAction.POWER_OFF, WEB));
    demo.awaitVmStatus("shop", "web-01", "Stopped");
    demo.done(
        demo.network.run(
            OPERATOR,
            demo.network.prepareCreate(
                new NewPortGroup("vlan-30", "shop", PortGroupType.LINUX_BRIDGE, "br1", 30, 1500))));
    demo.done(
        demo.network.run(
            OPERATOR, demo.network.prepareAdd(WEB, new NewNic("nic-30", "vlan-30", "virtio", ""))));
    Task disk =
        demo.storage.createAndAttach(
            OPERATOR, WEB, new NewDisk("web-01-logs", "2Gi", "ceph-rbd", "scsi"));
    demo.done(disk);
    org.awaitility.Awaitility.await()
        .atMost(ResettableDemo.WAIT)
        .until(() -> demo.tasks.visibleTo(OPERATOR).stream().allMatch(t -> t.status().finished()));
    CurrentSettings settings = editing.current(WEB).orElseThrow();
    SettingsForm form = SettingsForm.of(settings.settings());
    demo.done(
        editing.run(
            OPERATOR,
            editing
                .prepare(
                    WEB,
                    settings,
                    new SettingsForm(
                        form.sockets(),
                        form.cores(),
                        form.threads(),
                        "6Gi",
                        form.runStrategy(),
                        form.description(),
                        form.labels() + "owner=ann\n",
                        form.annotations()))
                .orElseThrow()));
    demo.done(demo.snapshots.take(OPERATOR, WEB, "before-change", "Before the change"));
    demo.done(demo.snapshots.revert(OPERATOR, WEB, "before-change"));
    demo.done(demo.vms.run(OPERATOR, PowerAction.POWER_ON, WEB));
    demo.done(demo.hosts.migrate(OPERATOR, APP, null));
    deleteKeepingTheDisks(stoppedVmWithDisks());
    assertThat(demo.tasks.visibleTo(OPERATOR)).allMatch(t -> t.status().finished());
  }

  /** A stopped VM of the namespace, not web-01, with disks it owns. */
  private static ResourceKey stoppedVmWithDisks() {
    return demo.caches.virtualMachines().list("shop").stream()
        .filter(v -> "Halted".equals(v.getSpec().runStrategy))
        .filter(v -> !io.virtdeck.vm.rows.VmTemplates.isTemplate(v)) // templates never power on
        .filter(v -> v.getSpec().dataVolumeTemplates != null)
        .map(Keys::of)
        .filter(k -> !k.equals(WEB))
        .findFirst()
        .orElseThrow();
  }

  /** Delete from Disk with no box ticked: its disks are released, then the VM goes. */
  private static void deleteKeepingTheDisks(ResourceKey vm) {
    DeletePlan plan = deletion.plan(vm).orElseThrow();
    assertThat(plan.items()).anyMatch(DeleteItem::ownedByVm);
    demo.done(deletion.delete(OPERATOR, plan, Set.of()));
    org.awaitility.Awaitility.await()
        .atMost(ResettableDemo.WAIT)
        .until(
            () ->
                demo.caches.virtualMachines().get(vm).isEmpty()
                    && demo.tasks.visibleTo(OPERATOR).stream()
                        .allMatch(t -> t.status().finished()));
  }

  /**
   * The objects of the namespace the actions touch (labels, annotations, spec), without what the
   * server or the simulator stamps on them.
   */
  private static Map<String, Object> objects() {
    Map<String, Object> objects = new TreeMap<>();
    put(objects, "kubevirt.io/v1", "VirtualMachine", "spec");
    put(objects, "k8s.cni.cncf.io/v1", "NetworkAttachmentDefinition", "spec");
    put(objects, "cdi.kubevirt.io/v1beta1", "DataVolume", "spec");
    put(objects, "snapshot.kubevirt.io/v1beta1", "VirtualMachineSnapshot", "spec");
    put(objects, "snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore", "spec");
    put(objects, "kubevirt.io/v1", "VirtualMachineInstanceMigration", "spec");
    return objects;
  }

  /** Maps with their keys in order: kubectl and VirtDeck write the same fields in other orders. */
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v == null ? null : sorted(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> v == null ? null : sorted(v)).toList();
    }
    return value;
  }

  private static void put(
      Map<String, Object> objects, String apiVersion, String kind, String part) {
    List<GenericKubernetesResource> items =
        demo.cluster
            .server()
            .adminClient()
            .genericKubernetesResources(apiVersion, kind)
            .inNamespace("shop")
            .list()
            .getItems();
    for (GenericKubernetesResource item : items) {
      Map<String, Object> kept = new TreeMap<>();
      kept.put("labels", item.getMetadata().getLabels());
      kept.put("annotations", item.getMetadata().getAnnotations());
      kept.put("owners", item.getMetadata().getOwnerReferences());
      kept.put(part, item.getAdditionalProperties().get(part));
      // uids are the server's own (the created-by label, the last restore's annotation)
      objects.put(
          kind + " " + item.getMetadata().getName(),
          Serialization.asJson(sorted(kept)).replaceAll(UID, "<uid>"));
    }
  }
}
