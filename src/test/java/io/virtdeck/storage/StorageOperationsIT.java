package io.virtdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Disk operations against the simulated demo cluster, sent as the signed-in user. */
class StorageOperationsIT {

  static final UserIdentity OPERATOR = UserIdentity.of("operator", DemoUsers.OPERATOR.groups());
  static final UserIdentity HELPDESK = UserIdentity.of("helpdesk", DemoUsers.HELPDESK.groups());

  static StorageTestbed bed;
  static DemoClusterFixture cluster;
  static StorageInventory inventory;
  static StorageOperations operations;

  @BeforeAll
  static void start() {
    bed = new StorageTestbed();
    cluster = bed.cluster;
    inventory = bed.inventory;
    operations = bed.operations;
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  @Test
  void aUserWhoMayNotReadEveryDiskSeesDatastoreFiguresOfTheirOwnDisksOnly() {
    UserIdentity shopOwner = UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
    DatastoreScope scope = inventory.datastoreScope(shopOwner);
    Datastore ceph = inventory.datastore("ceph-rbd", scope).orElseThrow();
    long shopRequests =
        cluster.caches.persistentVolumeClaims().list("shop").stream()
            .filter(c -> "ceph-rbd".equals(StorageClasses.of(c, inventory.defaultClass())))
            .mapToLong(c -> KubeValues.bytesOrUnknown(Claims.request(c)))
            .sum();

    assertThat(scope.partial()).isTrue();
    assertThat(ceph.capacity().provisioned().bytes())
        .isLessThan(inventory.datastore("ceph-rbd").orElseThrow().capacity().provisioned().bytes())
        .isGreaterThanOrEqualTo(shopRequests);
    assertThat(ceph.capacity().capacity().known()).isFalse();
    UserIdentity admin = UserIdentity.of("admin", DemoUsers.ADMIN.groups());
    assertThat(inventory.datastoreScope(admin).partial()).isFalse();
    assertThat(inventory.datastore("ceph-rbd", inventory.datastoreScope(admin)))
        .contains(inventory.datastore("ceph-rbd").orElseThrow());
  }

  @Test
  void datastoresSayWhereTheirNumbersComeFrom() {
    Datastore ceph = inventory.datastore("ceph-rbd").orElseThrow();
    assertThat(ceph.isDefault()).isTrue();
    assertThat(ceph.expandable()).isTrue();
    assertThat(ceph.snapshotClass()).isEqualTo("ceph-rbd-snapclass");
    assertThat(ceph.capacity().free())
        .isEqualTo(new Amount(2736L << 30, CapacitySource.CSI_STORAGE_CAPACITY));
    assertThat(ceph.capacity().capacity().bytes()).isGreaterThan(2736L << 30);
    Datastore nfs = inventory.datastore("nfs-slow").orElseThrow();
    assertThat(nfs.expandable()).isFalse();
    assertThat(nfs.snapshots()).isFalse();
    assertThat(nfs.capacity().free().known()).isFalse();
    assertThat(nfs.capacity().used().bytes()).isPositive();
    assertThat(inventory.disks("ceph-rbd", NamespaceScope.ALL))
        .filteredOn(DiskRow::orphaned)
        .extracting(DiskRow::key)
        .contains(new ResourceKey("shop", "old-data-disk"));
  }

  @Test
  void aNewDiskOnARunningVmIsImportedThenHotPluggedAndHotUnpluggedKeepingTheDisk() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    await().until(() -> inventory.running(vm));
    addUnknownField(vm);
    NewDisk disk = new NewDisk("web-01-scratch", "2Gi", "ceph-rbd", "scsi");
    assertThat(operations.checkNewDisk(vm, disk)).isEmpty();
    assertThat(
            operations.checkNewDisk(
                vm, new NewDisk("web-01-huge", "8Ti", "ceph-rbd", "scsi", true)))
        .as("ceph-rbd publishes its free space (CSIStorageCapacity): 8Ti is more")
        .extracting(m -> m.key())
        .containsExactly("storage.invalid.size-free");
    assertThat(operations.permissions().mayChangeDisks(OPERATOR, vm)).isTrue();
    assertThat(operations.permissions().mayChangeDisks(HELPDESK, vm)).isFalse();

    Task created = operations.createAndAttach(OPERATOR, vm, disk);
    bed.awaitFinished(created, TaskStatus.COMPLETED);
    Task hotplug = awaitTask("storage.task.hotplug", vm);
    bed.awaitFinished(hotplug, TaskStatus.COMPLETED);

    VmDiskRow row = vmDisk(vm, "web-01-scratch");
    assertThat(row.disk().hotplugged()).isTrue();
    assertThat(row.disk().bus()).isEqualTo("scsi");
    assertThat(row.phase()).isEqualTo("Ready");
    assertThat(unknownField(vm)).isEqualTo("kept");
    assertThat(inventory.disk(new ResourceKey("shop", "web-01-scratch")).orElseThrow())
        .extracting(DiskRow::status, DiskRow::vms)
        .containsExactly("Bound", java.util.List.of(vm));

    var unplug = operations.prepareDetach(vm, "web-01-scratch");
    assertThat(unplug.change()).isEqualTo(DiskChange.UNPLUG);
    assertThat(unplug.call().path()).endsWith("/removevolume");
    bed.awaitFinished(operations.run(OPERATOR, unplug), TaskStatus.COMPLETED);
    assertThat(inventory.vmDisks(vm)).extracting(VmDiskRow::name).doesNotContain("web-01-scratch");
    assertThat(inventory.disk(new ResourceKey("shop", "web-01-scratch")).orElseThrow().orphaned())
        .isTrue();
    assertThat(unknownField(vm)).isEqualTo("kept");
  }

  @Test
  void aForgedDropOfAnotherNamespacesDiskAnswersAsForAMissingOne() {
    UserIdentity shopOwner = UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
    ResourceKey vm = new ResourceKey("shop", "web-01");
    ResourceKey hidden = new ResourceKey("finance", "erp-01-data");
    ResourceKey missing = new ResourceKey("finance", "no-such-disk");
    assertThat(inventory.disk(hidden)).isPresent();

    var forHidden = operations.attachRefusal(shopOwner, vm, hidden).orElseThrow();
    var forMissing = operations.attachRefusal(shopOwner, vm, missing).orElseThrow();

    assertThat(forHidden.key()).isEqualTo("storage.drop.no-disk").isEqualTo(forMissing.key());
    assertThat(operations.attachRefusal(OPERATOR, vm, missing).orElseThrow().key())
        .isEqualTo("storage.drop.no-disk");
  }

  @Test
  void anOrphanIsAttachedToAStoppedVmBySpecPatchDetachedAndThenDeleted() {
    ResourceKey vm = stoppedVm();
    ResourceKey orphan = new ResourceKey("shop", "old-data-disk");
    assertThat(operations.attachRefusal(vm, orphan)).isEmpty();
    assertThat(operations.attachRefusal(new ResourceKey("dev", "ci-runner-01"), orphan))
        .get()
        .extracting(m -> m.key())
        .isEqualTo("storage.drop.namespace");

    var attach = operations.prepareAttach(vm, orphan, "virtio");
    assertThat(attach.change()).isEqualTo(DiskChange.ATTACH);
    bed.awaitFinished(operations.run(OPERATOR, attach), TaskStatus.COMPLETED);
    assertThat(vmDisk(vm, "old-data-disk").disk().hotplugged()).isFalse();
    assertThat(operations.deleteRefusal(UserScopes.ALL, orphan))
        .get()
        .extracting(m -> m.key())
        .isEqualTo("storage.delete.in-use");

    var detach = operations.prepareDetach(vm, "old-data-disk");
    assertThat(detach.change()).isEqualTo(DiskChange.DETACH);
    bed.awaitFinished(operations.run(OPERATOR, detach), TaskStatus.COMPLETED);
    assertThat(cluster.caches.persistentVolumeClaims().get(orphan)).isPresent();
    assertThat(operations.deleteRefusal(UserScopes.ALL, orphan)).isEmpty();

    bed.awaitFinished(
        operations.run(OPERATOR, operations.prepareDelete(orphan)), TaskStatus.COMPLETED);
    await().until(() -> inventory.disk(orphan).isEmpty());
  }

  @Test
  void aDiskGrowsWhereItsDatastoreAllowsItAndARefusedExpandChangesNothing() {
    ResourceKey claim = cephClaim();
    String before = inventory.disk(claim).orElseThrow().size();
    long bytes = KubeValues.bytesOrUnknown(before);
    String bigger = ((bytes >> 30) + 5) + "Gi";
    assertThat(operations.checkExpand(claim, "1Mi"))
        .extracting(m -> m.key())
        .containsExactly("storage.invalid.shrink");
    assertThat(operations.checkExpand(claim, bigger)).isEmpty();
    bed.awaitFinished(
        operations.run(OPERATOR, operations.prepareExpand(claim, bigger)), TaskStatus.COMPLETED);
    assertThat(KubeValues.bytesOrUnknown(inventory.disk(claim).orElseThrow().size()))
        .isEqualTo(KubeValues.sizeBytes(bigger).orElseThrow());

    ResourceKey nfs = new ResourceKey("infra", "iso-upload-win2019");
    PersistentVolumeClaim seen = cluster.caches.persistentVolumeClaims().get(nfs).orElseThrow();
    assertThat(operations.checkExpand(nfs, "8Gi"))
        .extracting(m -> m.key())
        .containsExactly("storage.expand.not-allowed");
    Task refused = operations.run(OPERATOR, operations.prepareExpand(nfs, "8Gi"));
    bed.awaitFinished(refused, TaskStatus.FAILED);
    assertThat(cluster.caches.persistentVolumeClaims().get(nfs).orElseThrow().getSpec())
        .isEqualTo(seen.getSpec());
    assertThat(inventory.disk(nfs).orElseThrow().size()).isEqualTo("6Gi");
  }

  @Test
  void aHelpdeskUserMayNotChangeDisksAndTheServerRefusesIt() {
    ResourceKey vm = stoppedVm();
    var before = bed.templateSpec(vm);
    assertThat(operations.permissions().mayChangeDisks(HELPDESK, vm)).isFalse();
    assertThat(
            operations
                .permissions()
                .mayDelete(HELPDESK, new ResourceKey("infra", "iso-upload-win2019")))
        .isFalse();
    Task task =
        operations.run(
            HELPDESK,
            operations.prepareAttach(
                vm, new ResourceKey(vm.namespace(), "nothing-here"), "virtio"));
    await().atMost(Duration.ofSeconds(30)).until(() -> bed.latest(task).status().finished());
    assertThat(bed.latest(task).status()).isNotEqualTo(TaskStatus.COMPLETED);
    assertThat(bed.templateSpec(vm)).isEqualTo(before);
  }

  private static ResourceKey stoppedVm() {
    return cluster.caches.virtualMachines().list("shop").stream()
        .filter(v -> v.getSpec() != null && "Halted".equals(v.getSpec().runStrategy))
        .filter(v -> !io.virtdeck.vm.rows.VmTemplates.isTemplate(v)) // templates never power on
        .map(io.virtdeck.cluster.Keys::of)
        .findFirst()
        .orElseThrow();
  }

  private static ResourceKey cephClaim() {
    return inventory.disks("ceph-rbd", NamespaceScope.ALL).stream()
        .filter(d -> d.status().equals("Bound") && d.key().namespace().equals("finance"))
        .map(DiskRow::key)
        .findFirst()
        .orElseThrow();
  }

  private static VmDiskRow vmDisk(ResourceKey vm, String name) {
    return inventory.vmDisks(vm).stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Task awaitTask(String titleKey, ResourceKey target) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                bed.tasks.visibleTo(OPERATOR).stream()
                    .filter(t -> t.titleKey().equals(titleKey) && t.target().equals(target))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** Puts a field VirtDeck does not model into the VM's template. */
  private static void addUnknownField(ResourceKey vm) {
    cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name())
        .patch(
            io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"virtdeckUnknown\":\"kept\"}}}}");
    await().until(() -> "kept".equals(unknownField(vm)));
  }

  private static Object unknownField(ResourceKey vm) {
    Map<String, Object> spec = bed.templateSpec(vm);
    return spec.get("virtdeckUnknown");
  }
}
