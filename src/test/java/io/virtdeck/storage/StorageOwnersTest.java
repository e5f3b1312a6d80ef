package io.virtdeck.storage;

import static io.virtdeck.storage.StorageFixtures.claim;
import static io.virtdeck.storage.StorageFixtures.dataVolume;
import static io.virtdeck.storage.StorageFixtures.ownedBy;
import static io.virtdeck.storage.StorageFixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which VM owns or uses a disk, and which disks are orphaned. */
class StorageOwnersTest {

  @Test
  void ownersComeFromVolumesAndOwnerReferences() {
    var vms =
        List.of(
            vm("shop", "web", List.of("web-data"), List.of("web-root")),
            vm("dev", "web", List.of(), List.of()));
    var dv = dataVolume("dev", "built", "ceph", "1Gi");
    dv.getMetadata()
        .setOwnerReferences(
            List.of(
                new io.fabric8.kubernetes.api.model.OwnerReferenceBuilder()
                    .withKind("VirtualMachine")
                    .withName("web")
                    .build()));
    var claims =
        List.of(
            claim("shop", "web-data", "ceph", "1Gi", "Bound"),
            claim("shop", "web-root", "ceph", "1Gi", "Bound"),
            ownedBy(claim("dev", "built", "ceph", "1Gi", "Bound"), "DataVolume", "built"),
            claim("shop", "forgotten", "ceph", "1Gi", "Bound"),
            claim("dev", "web-data", "ceph", "1Gi", "Bound"));

    DiskOwners owners = DiskOwners.of(vms, claims, List.of(dv));
    List<DiskRow> rows = DiskRows.of(claims, List.of(dv), owners, "ceph");

    assertThat(owners.of(new ResourceKey("shop", "web-data")))
        .containsExactly(new ResourceKey("shop", "web"));
    assertThat(owners.of(new ResourceKey("dev", "built")))
        .as("claim owned by a DataVolume owned by the VM")
        .containsExactly(new ResourceKey("dev", "web"));
    assertThat(rows)
        .filteredOn(DiskRow::orphaned)
        .extracting(DiskRow::key)
        .as("a VM uses only disks of its own namespace")
        .containsExactly(new ResourceKey("dev", "web-data"), new ResourceKey("shop", "forgotten"));
    assertThat(rows)
        .filteredOn(r -> r.key().equals(new ResourceKey("dev", "built")))
        .singleElement()
        .extracting(DiskRow::kind)
        .isEqualTo("DataVolume");
  }

  @Test
  void importProgressIsShownWhileADataVolumeRuns() {
    var dv = dataVolume("ns", "img", "ceph", "5Gi");
    dv.setStatus(new io.virtdeck.cluster.model.DataVolume.Status());
    dv.getStatus().phase = "ImportInProgress";
    dv.getStatus().progress = "42.5%";
    var pending = claim("ns", "img", "ceph", "5Gi", "Bound");

    List<DiskRow> rows =
        DiskRows.of(
            List.of(pending), List.of(dv), DiskOwners.of(List.of(), List.of(), List.of()), "ceph");

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.progress()).isEqualTo(42);
              assertThat(r.status()).isEqualTo("ImportInProgress");
              assertThat(r.orphaned()).isTrue();
              assertThat(r.readWriteOnce()).isTrue();
            });
  }
}
