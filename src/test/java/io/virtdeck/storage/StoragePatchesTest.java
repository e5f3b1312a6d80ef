package io.virtdeck.storage;

import static io.virtdeck.storage.StorageFixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VmiSpec;
import io.virtdeck.task.Message;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requests that change a VM's disks, and the checks made before they are sent. */
class StoragePatchesTest {

  @Test
  void attachingAppendsADiskAndItsVolumeAndDetachingTestsTheNamesItRemoves() {
    var vm = vm("shop", "web", List.of("data"), List.of("root"));
    vm.getMetadata().setResourceVersion("42");
    VmiSpec.Disk data = new VmiSpec.Disk();
    data.name = "data";
    VmiSpec.Disk root = new VmiSpec.Disk();
    root.name = "root";
    vm.getSpec().template.spec.domain = new VmiSpec.Domain();
    vm.getSpec().template.spec.domain.devices = new VmiSpec.Devices();
    vm.getSpec().template.spec.domain.devices.disks =
        new java.util.ArrayList<>(List.of(root, data));

    assertThat(DiskPatches.attach(vm, "scratch", true, "virtio"))
        .isEqualTo(
            "[{\"op\":\"add\",\"path\":\"/spec/template/spec/domain/devices/disks/-\","
                + "\"value\":{\"name\":\"scratch\",\"disk\":{\"bus\":\"virtio\"}}},"
                + "{\"op\":\"add\",\"path\":\"/spec/template/spec/volumes/-\","
                + "\"value\":{\"name\":\"scratch\",\"dataVolume\":{\"name\":\"scratch\"}}}]");
    assertThat(DiskPatches.detach(vm, "data"))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/spec/template/spec/domain/devices/disks/1/name\","
                + "\"value\":\"data\"},"
                + "{\"op\":\"remove\",\"path\":\"/spec/template/spec/domain/devices/disks/1\"},"
                + "{\"op\":\"test\",\"path\":\"/spec/template/spec/volumes/0/name\",\"value\":\"data\"},"
                + "{\"op\":\"remove\",\"path\":\"/spec/template/spec/volumes/0\"}]");
  }

  @Test
  void aVmWithoutDisksGetsTheListsCreatedOnlyIfItWasNotChangedMeanwhile() {
    var vm = vm("shop", "empty", List.of(), List.of());
    vm.getMetadata().setResourceVersion("7");

    assertThat(DiskPatches.attach(vm, "data", false, "scsi"))
        .startsWith("[{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"7\"}")
        .contains("\"path\":\"/spec/template/spec/domain/devices\"")
        .contains("\"persistentVolumeClaim\":{\"claimName\":\"data\"}");
  }

  @Test
  void hotPlugBodiesNameTheClaimAsKubeVirtExpects() {
    assertThat(DiskPatches.addVolume("data", false, "scsi"))
        .isEqualTo(
            "{\"name\":\"data\",\"disk\":{\"name\":\"data\",\"disk\":{\"bus\":\"scsi\"}},"
                + "\"volumeSource\":{\"persistentVolumeClaim\":"
                + "{\"claimName\":\"data\",\"hotpluggable\":true}}}");
    assertThat(DiskPatches.removeVolume("data")).isEqualTo("{\"name\":\"data\"}");
    assertThat(StorageCommands.expand(new ResourceKey("shop", "data"), " 20Gi ").body())
        .isEqualTo("{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"20Gi\"}}}}");
  }

  @Test
  void badInputAndRefusedAttachesAreSentences() {
    NewDisk bad = new NewDisk("Data_1", "ten", "gold", "sata");
    assertThat(StorageChecks.newDisk(bad, List.of(), List.of("ceph-rbd"), true, -1))
        .extracting(Message::key)
        .containsExactly(
            "storage.invalid.name",
            "storage.invalid.size",
            "storage.invalid.datastore",
            "storage.invalid.hotplug-bus");
    assertThat(
            StorageChecks.newDisk(
                new NewDisk("data", "1Gi", "ceph-rbd", "virtio"),
                List.of("data"),
                List.of("ceph-rbd"),
                false,
                -1))
        .extracting(Message::key)
        .containsExactly("storage.invalid.name-taken");

    for (String name : List.of("x.y", "data.1", "-data", "data-", "a".repeat(64), "DATA")) {
      assertThat(
              StorageChecks.newDisk(
                  new NewDisk(name, "1Gi", "ceph-rbd", "virtio"),
                  List.of(),
                  List.of("ceph-rbd"),
                  false,
                  -1))
          .as("KubeVirt admits only DNS-1123 labels as disk names: %s", name)
          .extracting(Message::key)
          .containsExactly("storage.invalid.name");
    }
    assertThat(
            StorageChecks.newDisk(
                new NewDisk("a".repeat(63), "1Gi", "ceph-rbd", "virtio"),
                List.of(),
                List.of("ceph-rbd"),
                false,
                -1))
        .isEmpty();

    ResourceKey web = new ResourceKey("shop", "web");
    ResourceKey db = new ResourceKey("shop", "db");
    DiskRow rwoUsed = disk("ReadWriteOnce", db);
    DiskRow rwxUsed = disk("ReadWriteMany", db);
    assertThat(StorageChecks.attach(web, rwoUsed, List.of()))
        .singleElement()
        .isEqualTo(Message.of("storage.drop.rwo", "data", "db"));
    assertThat(StorageChecks.attach(web, rwxUsed, List.of())).isEmpty();
    assertThat(StorageChecks.attach(new ResourceKey("dev", "web"), rwxUsed, List.of()))
        .extracting(Message::key)
        .containsExactly("storage.drop.namespace");
    assertThat(StorageChecks.attach(db, rwxUsed, List.of()))
        .extracting(Message::key)
        .containsExactly("storage.drop.already");
  }

  private static DiskRow disk(String mode, ResourceKey user) {
    return new DiskRow(
        new ResourceKey("shop", "data"),
        "PersistentVolumeClaim",
        "ceph-rbd",
        "1Gi",
        "Bound",
        -1,
        List.of(mode),
        "Block",
        List.of(user),
        Instant.EPOCH);
  }
}
