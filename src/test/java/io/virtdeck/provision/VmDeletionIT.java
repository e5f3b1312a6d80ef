package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Delete from Disk against the simulated demo cluster: with its disks (the VM, its DataVolumes and
 * their claims go), without them (the disks stay, released from the VM, orphaned), a running VM is
 * refused, and the helpdesk and the shop owner outside shop are refused before anything is sent.
 */
class VmDeletionIT {

  static TaskTestbed bed;
  static VmDeletion deletion;
  static StorageInventory storage;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    storage = new StorageInventory(bed.cluster.caches, bed.reviews);
    deletion =
        new VmDeletion(
            bed.cluster.caches,
            storage,
            new StorageOperations(bed.cluster.caches, storage, bed.reviews, bed.tasks),
            bed.reviews,
            bed.tasks);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static ResourceKey stoppedVm(String namespace) {
    return bed.cluster.caches.virtualMachines().list(namespace).stream()
        .filter(v -> "Halted".equals(v.getSpec().runStrategy))
        .filter(v -> v.getSpec().dataVolumeTemplates != null)
        .map(Keys::of)
        .findFirst()
        .orElseThrow();
  }

  private static void awaitAllFinished() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                bed.tasks.visibleTo(TaskTestbed.OPERATOR).stream()
                    .allMatch(t -> t.status().finished()));
  }

  private static List<Task> tasksOn(Set<ResourceKey> targets) {
    return bed.tasks.visibleTo(TaskTestbed.OPERATOR).stream()
        .filter(t -> targets.contains(t.target()))
        .toList();
  }

  @Test
  void deletingWithItsDisksRemovesTheVmItsDataVolumesAndClaims() {
    ResourceKey vm = stoppedVm("dev");
    DeletePlan plan = deletion.plan(vm).orElseThrow();
    assertThat(plan.items()).isNotEmpty();
    assertThat(plan.items())
        .allSatisfy(
            item -> {
              assertThat(item.kind()).isEqualTo(DeleteItem.Kind.DATA_VOLUME);
              assertThat(item.size()).endsWith("Gi");
              assertThat(item.ownedByVm()).isTrue();
              assertThat(item.checkedByDefault()).isTrue();
            });
    Set<ResourceKey> disks = plan.items().stream().map(DeleteItem::key).collect(Collectors.toSet());

    Task task = deletion.delete(TaskTestbed.OPERATOR, plan, disks);
    bed.awaitFinished(task, TaskStatus.COMPLETED);

    assertThat(bed.cluster.caches.virtualMachines().get(vm)).isEmpty();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                disks.stream()
                    .noneMatch(
                        d ->
                            bed.cluster.caches.dataVolumes().get(d).isPresent()
                                || bed.cluster.caches.persistentVolumeClaims().get(d).isPresent()));
  }

  @Test
  void deletingWithoutItsDisksKeepsThemReleasedAndOrphaned() {
    ResourceKey vm = stoppedVm("infra");
    DeletePlan plan = deletion.plan(vm).orElseThrow();
    Set<ResourceKey> disks = plan.items().stream().map(DeleteItem::key).collect(Collectors.toSet());
    assertThat(deletion.operations(plan, Set.of()))
        .extracting(o -> o.titleKey())
        .endsWith("task.delete_vm")
        .contains("task.release_disk");

    Task first = deletion.delete(TaskTestbed.OPERATOR, plan, Set.of());
    bed.awaitFinished(first, TaskStatus.COMPLETED);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> bed.cluster.caches.virtualMachines().get(vm).isEmpty());
    awaitAllFinished();

    assertThat(tasksOn(disks))
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.COMPLETED));
    for (ResourceKey disk : disks) {
      var dv = bed.cluster.caches.dataVolumes().get(disk).orElseThrow();
      assertThat(DeletePlans.ownedBy(dv, plan.vmUid())).isFalse();
      assertThat(bed.cluster.caches.persistentVolumeClaims().get(disk)).isPresent();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> storage.disk(disk).orElseThrow().orphaned());
    }
  }

  @Test
  void aRunningVmMustBePoweredOffFirst() {
    DeletePlan plan = deletion.plan(new ResourceKey("shop", "web-01")).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> deletion.plan(new ResourceKey("shop", "web-01")).orElseThrow().running());

    assertThat(deletion.refusal(deletion.plan(new ResourceKey("shop", "web-01")).orElseThrow()))
        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("prov.delete.running"));
    assertThat(plan.vm()).isEqualTo(new ResourceKey("shop", "web-01"));
  }

  @Test
  void helpdeskAndTheShopOwnerOutsideShopAreRefusedBeforeSending() {
    assertThat(deletion.mayDelete(TaskTestbed.HELPDESK, "shop")).isFalse();
    assertThat(deletion.mayDelete(TaskTestbed.SHOP_OWNER, "shop")).isTrue();
    assertThat(deletion.mayDelete(TaskTestbed.SHOP_OWNER, "finance")).isFalse();

    ResourceKey vm = stoppedVm("finance");
    DeletePlan plan = deletion.plan(vm).orElseThrow();
    for (var user : List.of(TaskTestbed.HELPDESK, TaskTestbed.SHOP_OWNER)) {
      Task task = deletion.delete(user, plan, Set.of());
      bed.awaitFinished(task, TaskStatus.FAILED);
      assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    }
    assertThat(bed.cluster.caches.virtualMachines().get(vm)).isPresent();
    assertThat(deletion.plan(vm).orElseThrow().items())
        .allSatisfy(item -> assertThat(item.ownedByVm()).isTrue());
  }
}
