package io.virtdeck.storage;

import static io.virtdeck.storage.StorageFixtures.claim;
import static io.virtdeck.storage.StorageFixtures.dataVolume;
import static io.virtdeck.storage.StorageFixtures.published;
import static io.virtdeck.storage.StorageFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.KubeValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity math of a datastore and the source it names for each number. */
class StorageCapacityTest {

  private static final long GI = 1L << 30;

  @Test
  void freeComesFromCsiStorageCapacityAndCapacityAddsTheBoundVolumes() {
    Capacity capacity =
        CapacityMath.of(
            "ceph",
            "ceph",
            List.of(
                published("a", "ceph", "100Gi"),
                published("b", "ceph", "50Gi"),
                published("c", "other", "999Gi")),
            List.of(
                volume("pv-1", "ceph", "10Gi", "Bound"),
                volume("pv-2", "ceph", "5Gi", "Released"),
                volume("pv-3", "nfs", "7Gi", "Bound")),
            List.of(
                claim("ns", "d1", "ceph", "10Gi", "Bound"),
                claim("ns", "d2", "ceph", "3Gi", "Pending")),
            List.of(
                dataVolume("ns", "new", "ceph", "2Gi"), dataVolume("ns", "d1", "ceph", "10Gi")));

    assertThat(capacity.free())
        .isEqualTo(new Amount(150 * GI, CapacitySource.CSI_STORAGE_CAPACITY));
    assertThat(capacity.used()).isEqualTo(new Amount(10 * GI, CapacitySource.PERSISTENT_VOLUMES));
    assertThat(capacity.capacity())
        .isEqualTo(new Amount(160 * GI, CapacitySource.CSI_PLUS_VOLUMES));
    assertThat(capacity.provisioned())
        .as("claims 10Gi + 3Gi, plus the DataVolume whose claim does not exist yet")
        .isEqualTo(new Amount(15 * GI, CapacitySource.CLAIM_REQUESTS));
    assertThat(capacity.usedFraction()).isEqualTo(10.0 / 160.0);
  }

  @Test
  void withoutPublishedCapacityFreeAndCapacityAreUnknownAndUsedComesFromBoundClaims() {
    Capacity capacity =
        CapacityMath.of(
            "nfs",
            "ceph",
            List.of(published("a", "ceph", "100Gi")),
            List.of(),
            List.of(
                claim("ns", "x", "nfs", "6Gi", "Bound"), claim("ns", "y", "nfs", "1Gi", "Pending")),
            List.of());

    assertThat(capacity.free().known()).isFalse();
    assertThat(capacity.capacity()).isEqualTo(Amount.UNKNOWN);
    assertThat(capacity.used()).isEqualTo(new Amount(6 * GI, CapacitySource.BOUND_CLAIMS));
    assertThat(capacity.provisioned().bytes()).isEqualTo(7 * GI);
    assertThat(capacity.usedFraction()).isEqualTo(-1);
  }

  @Test
  void aClaimWithoutAClassCountsOnTheDefaultDatastore() {
    var noClass = claim("ns", "z", "ignored", "4Gi", "Bound");
    noClass.getSpec().setStorageClassName(null);

    assertThat(
            CapacityMath.of("ceph", "ceph", List.of(), List.of(), List.of(noClass), List.of())
                .used()
                .bytes())
        .isEqualTo(4 * GI);
    assertThat(
            CapacityMath.of("nfs", "ceph", List.of(), List.of(), List.of(noClass), List.of())
                .used()
                .bytes())
        .isZero();
  }

  @Test
  void sizesAreParsedAsQuantities() {
    assertThat(KubeValues.sizeBytes("1.5Gi")).contains(3L * GI / 2);
  }
}
