package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clone… against the simulated demo cluster: a VM and a snapshot are cloned to Succeeded and the
 * new VMs appear; a clone onto an existing VM ends Failed with KubeVirt's reason; the helpdesk is
 * refused before anything is sent, the shop owner may clone only in shop.
 */
class VmCloningIT {

  static TaskTestbed bed;
  static VmCloning cloning;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    cloning = new VmCloning(bed.cluster.caches, bed.reviews, bed.tasks, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static ResourceKey stoppedVm(String namespace) {
    return bed.cluster.caches.virtualMachines().list(namespace).stream()
        .filter(v -> "Halted".equals(v.getSpec().runStrategy))
        .map(Keys::of)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aVmIsClonedToANewStoppedVm() {
    CloneSource source = cloning.vm(TaskTestbed.OPERATOR, stoppedVm("dev")).orElseThrow();
    CloneForm form = new CloneForm("dev-clone-it", false, true, "*\n!example.com/*", "", false);
    assertThat(cloning.problems(source, form)).isEmpty();
    CloneOperation operation = cloning.prepare(source, form);

    Task task = cloning.clone(TaskTestbed.OPERATOR, operation);
    bed.awaitFinished(task, TaskStatus.COMPLETED);

    var created = bed.cluster.caches.virtualMachines().get(operation.newVm()).orElseThrow();
    assertThat(created.getSpec().runStrategy).isEqualTo("Halted");
    assertThat(created.getSpec().dataVolumeTemplates)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.metadata.getName()).startsWith("dev-clone-it-"));
    assertThat(bed.latest(task).yamlAfter()).contains("phase: \"Succeeded\"");
    assertThat(cloning.problems(source, form))
        .extracting(m -> m.key())
        .containsExactly("prov.new.invalid.name.taken");
  }

  @Test
  void cloneToTemplateMakesAHaltedTemplateOfARunningVmAndLeavesTheSourceAsItWas() {
    ResourceKey running =
        bed.cluster.caches.virtualMachines().list("shop").stream()
            .filter(v -> "Always".equals(v.getSpec().runStrategy))
            .map(Keys::of)
            .findFirst()
            .orElseThrow();
    var labelsBefore =
        bed.cluster.caches.virtualMachines().get(running).orElseThrow().getMetadata().getLabels();
    CloneSource source = cloning.vm(TaskTestbed.OPERATOR, running).orElseThrow();
    CloneForm form = CloneForm.templateDefaults(source);
    CloneOperation operation = cloning.prepare(source, form);
    assertThat(operation.manifest().toString()).contains("patches", "virtdeck.io~1template");

    Task task = cloning.clone(TaskTestbed.OPERATOR, operation);
    bed.awaitFinished(task, TaskStatus.COMPLETED);

    var template = bed.cluster.caches.virtualMachines().get(operation.newVm()).orElseThrow();
    assertThat(template.getMetadata().getName()).isEqualTo(running.name() + "-template");
    assertThat(template.getMetadata().getLabels())
        .containsEntry("virtdeck.io/template", "true")
        .containsAllEntriesOf(labelsBefore);
    assertThat(template.getSpec().runStrategy).isEqualTo("Halted");
    var sourceNow = bed.cluster.caches.virtualMachines().get(running).orElseThrow();
    assertThat(sourceNow.getMetadata().getLabels()).isEqualTo(labelsBefore);
    assertThat(sourceNow.getSpec().runStrategy).isEqualTo("Always");
  }

  @Test
  void aSnapshotIsClonedToANewVm() {
    var snapshot = bed.cluster.caches.snapshots().list().getFirst();
    CloneSource source = cloning.snapshot(TaskTestbed.OPERATOR, Keys.of(snapshot)).orElseThrow();
    CloneOperation operation =
        cloning.prepare(source, new CloneForm("from-snapshot-it", true, true, "", "", false));
    assertThat(operation.manifest().toString()).contains("VirtualMachineSnapshot");

    Task task = cloning.clone(TaskTestbed.OPERATOR, operation);
    bed.awaitFinished(task, TaskStatus.COMPLETED);

    assertThat(bed.cluster.caches.virtualMachines().get(operation.newVm())).isPresent();
  }

  @Test
  void aCloneOntoAnExistingVmFailsWithTheReason() {
    ResourceKey vm = stoppedVm("infra");
    CloneSource source = cloning.vm(TaskTestbed.OPERATOR, vm).orElseThrow();
    String taken =
        bed.cluster.caches.virtualMachines().list("infra").stream()
            .map(v -> v.getMetadata().getName())
            .filter(n -> !n.equals(vm.name()))
            .findFirst()
            .orElseThrow();

    Task task =
        cloning.clone(
            TaskTestbed.OPERATOR,
            cloning.prepare(source, new CloneForm(taken, true, true, "", "", false)));
    bed.awaitFinished(task, TaskStatus.FAILED);

    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.clone");
    assertThat(bed.latest(task).failure().args())
        .containsExactly("target VirtualMachine " + taken + " already exists");
  }

  @Test
  void theHelpdeskIsRefusedBeforeAnythingIsSentAndTheShopOwnerClonesOnlyInShop() {
    assertThat(cloning.mayClone(TaskTestbed.HELPDESK, "shop")).isFalse();
    assertThat(cloning.mayClone(TaskTestbed.SHOP_OWNER, "shop")).isTrue();
    assertThat(cloning.mayClone(TaskTestbed.SHOP_OWNER, "dev")).isFalse();
    CloneSource source = cloning.vm(TaskTestbed.OPERATOR, stoppedVm("shop")).orElseThrow();

    Task task =
        cloning.clone(
            TaskTestbed.HELPDESK,
            cloning.prepare(source, new CloneForm("helpdesk-clone", true, true, "", "", false)));
    bed.awaitFinished(task, TaskStatus.FAILED);

    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(
            bed.cluster
                .server
                .adminClient()
                .genericKubernetesResources("clone.kubevirt.io/v1beta1", "VirtualMachineClone")
                .inNamespace("shop")
                .list()
                .getItems())
        .noneMatch(c -> c.getMetadata().getName().startsWith("helpdesk-clone"));
  }
}
