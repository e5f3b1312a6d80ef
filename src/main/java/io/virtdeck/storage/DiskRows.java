package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.DataVolume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Pure translation of claims and DataVolumes into one {@link DiskRow} per disk. */
public final class DiskRows {

  private DiskRows() {}

  public static List<DiskRow> of(
      List<PersistentVolumeClaim> claims,
      List<DataVolume> dataVolumes,
      DiskOwners owners,
      String defaultClass) {
    Map<ResourceKey, DataVolume> dvs =
        dataVolumes.stream().collect(Collectors.toMap(Keys::of, Function.identity(), (a, b) -> a));
    List<DiskRow> rows = new ArrayList<>();
    for (PersistentVolumeClaim claim : claims) {
      ResourceKey key = Keys.of(claim);
      DataVolume dv = dvs.remove(key);
      rows.add(claimRow(claim, dv, owners.of(key), defaultClass));
    }
    for (DataVolume dv : dvs.values()) {
      rows.add(dataVolumeRow(dv, owners.of(Keys.of(dv)), defaultClass));
    }
    rows.sort(Comparator.comparing(DiskRow::key));
    return rows;
  }

  private static DiskRow claimRow(
      PersistentVolumeClaim claim,
      @Nullable DataVolume dv,
      List<ResourceKey> vms,
      String defaultClass) {
    String phase = claim.getStatus() == null ? null : claim.getStatus().getPhase();
    int progress = dv == null ? -1 : progress(dv);
    String status = phase == null ? "Pending" : phase;
    if (progress >= 0 && progress < 100) {
      status = "ImportInProgress";
    }
    String volumeMode = claim.getSpec() == null ? null : claim.getSpec().getVolumeMode();
    return new DiskRow(
        Keys.of(claim),
        dv == null ? "PersistentVolumeClaim" : "DataVolume",
        StorageClasses.of(claim, defaultClass),
        Claims.size(claim),
        status,
        progress,
        Claims.accessModes(claim),
        volumeMode == null ? "Filesystem" : volumeMode,
        vms,
        created(claim.getMetadata().getCreationTimestamp()));
  }

  private static DiskRow dataVolumeRow(DataVolume dv, List<ResourceKey> vms, String defaultClass) {
    DataVolume.Storage storage = Claims.storage(dv);
    Object size = Claims.request(dv);
    String phase = dv.getStatus() == null ? null : dv.getStatus().phase;
    return new DiskRow(
        Keys.of(dv),
        "DataVolume",
        StorageClasses.of(dv, defaultClass),
        size == null ? "" : size.toString(),
        phase == null ? "Pending" : phase,
        progress(dv),
        storage == null || storage.accessModes == null ? List.of() : storage.accessModes,
        storage == null || storage.volumeMode == null ? "" : storage.volumeMode,
        vms,
        created(dv.getMetadata().getCreationTimestamp()));
  }

  /** The import progress of a DataVolume in percent; -1 when none is reported. */
  static int progress(DataVolume dv) {
    String progress = dv.getStatus() == null ? null : dv.getStatus().progress;
    if (progress == null || !progress.endsWith("%")) {
      return -1;
    }
    try {
      double value = Double.parseDouble(progress.substring(0, progress.length() - 1));
      return (int) Math.max(0, Math.min(100, Math.floor(value)));
    } catch (NumberFormatException unreadable) {
      return -1;
    }
  }

  private static Instant created(@Nullable String timestamp) {
    try {
      return timestamp == null ? Instant.EPOCH : KubeValues.instant(timestamp);
    } catch (RuntimeException unreadable) {
      return Instant.EPOCH;
    }
  }
}
