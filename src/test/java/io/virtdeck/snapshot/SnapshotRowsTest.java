package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachineRestore;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotRowsTest {

  private static VirtualMachineSnapshot snapshot(String status) {
    return Serialization.unmarshal(
        """
        {"apiVersion":"snapshot.kubevirt.io/v1beta1","kind":"VirtualMachineSnapshot",
         "metadata":{"name":"s1","namespace":"shop","creationTimestamp":"2025-06-01T10:00:00Z",
                     "annotations":{"virtdeck.io/notes":"Before upgrade"}},
         "spec":{"source":{"apiGroup":"kubevirt.io","kind":"VirtualMachine","name":"web-01"}},
         "status":%s}
        """
            .formatted(status),
        VirtualMachineSnapshot.class);
  }

  @Test
  void readySnapshotHasItsIndicationsTimeAndSizeOfIncludedVolumes() {
    var row =
        SnapshotRows.row(
            snapshot(
                """
                {"phase":"Succeeded","readyToUse":true,"creationTime":"2025-06-01T10:00:05Z",
                 "indications":["Online","NoGuestAgent"],
                 "snapshotVolumes":{"includedVolumes":["rootdisk"]},"unknownField":1}
                """),
            Map.of("rootdisk", 1024L, "datadisk", 2048L));

    assertThat(row.vm()).isEqualTo(new ResourceKey("shop", "web-01"));
    assertThat(row.description()).isEqualTo("Before upgrade");
    assertThat(row.created()).hasToString("2025-06-01T10:00:05Z");
    assertThat(row.online()).isTrue();
    assertThat(row.quiesced()).isFalse();
    assertThat(row.sizeBytes()).isEqualTo(1024);
    assertThat(row.progress()).isEqualTo(100);
  }

  @Test
  void failedSnapshotCarriesItsErrorAndUnknownSizeIsMinusOne() {
    var row =
        SnapshotRows.row(
            snapshot("{\"phase\":\"Failed\",\"error\":{\"message\":\"No VolumeSnapshotClass\"}}"),
            Map.of());

    assertThat(row.failed()).isTrue();
    assertThat(row.error()).isEqualTo("No VolumeSnapshotClass");
    assertThat(row.sizeBytes()).isEqualTo(-1);
    assertThat(row.created()).hasToString("2025-06-01T10:00:00Z");
  }

  @Test
  void restoreIsCompleteOrFailedWithTheConditionMessage() {
    var failed =
        Serialization.unmarshal(
            """
            {"apiVersion":"snapshot.kubevirt.io/v1beta1","kind":"VirtualMachineRestore",
             "metadata":{"name":"r1","namespace":"shop"},
             "spec":{"target":{"name":"web-01"},"virtualMachineSnapshotName":"s1"},
             "status":{"complete":false,"conditions":[
               {"type":"Progressing","status":"False","message":"not stopped"},
               {"type":"Ready","status":"False","message":"not stopped"}]}}
            """,
            VirtualMachineRestore.class);

    var row = SnapshotRows.row(failed);

    assertThat(row.vm()).isEqualTo(new ResourceKey("shop", "web-01"));
    assertThat(row.snapshot()).isEqualTo("s1");
    assertThat(row.complete()).isFalse();
    assertThat(row.failure()).isEqualTo("not stopped");
  }
}
