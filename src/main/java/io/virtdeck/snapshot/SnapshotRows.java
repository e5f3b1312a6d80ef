package io.virtdeck.snapshot;

import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachineRestore;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Pure translation of VirtualMachineSnapshots and VirtualMachineRestores into rows. */
public final class SnapshotRows {

  /** The annotation that holds a snapshot's description (as it holds a VM's notes). */
  public static final String DESCRIPTION_ANNOTATION = "virtdeck.io/notes";

  private SnapshotRows() {}

  /**
   * @param diskBytes the size of each of the VM's volumes by name, where known
   */
  public static SnapshotRow row(VirtualMachineSnapshot snapshot, Map<String, Long> diskBytes) {
    var status = snapshot.getStatus();
    var annotations = snapshot.getMetadata().getAnnotations();
    String description =
        annotations == null
            ? ""
            : Objects.requireNonNullElse(annotations.get(DESCRIPTION_ANNOTATION), "");
    Instant created = status == null ? null : instant(status.creationTime);
    if (created == null) {
      created = instant(snapshot.getMetadata().getCreationTimestamp());
    }
    return new SnapshotRow(
        Keys.of(snapshot),
        new ResourceKey(Keys.of(snapshot).namespace(), vmName(snapshot)),
        description,
        created,
        status == null || status.phase == null ? "" : status.phase,
        status != null && Boolean.TRUE.equals(status.readyToUse),
        status == null || status.indications == null ? List.of() : status.indications,
        size(status, diskBytes),
        status == null ? "" : error(status));
  }

  /** The name of the VM a snapshot is of ({@code spec.source.name}). */
  public static String vmName(VirtualMachineSnapshot snapshot) {
    var spec = snapshot.getSpec();
    Object name = spec == null || spec.source == null ? null : spec.source.get("name");
    return name == null ? "" : name.toString();
  }

  public static RestoreRow row(VirtualMachineRestore restore) {
    var spec = restore.getSpec();
    var status = restore.getStatus();
    Object target = spec == null || spec.target == null ? null : spec.target.get("name");
    String ns = Keys.of(restore).namespace();
    boolean complete = status != null && Boolean.TRUE.equals(status.complete);
    return new RestoreRow(
        Keys.of(restore),
        new ResourceKey(ns, target == null ? "" : target.toString()),
        spec == null || spec.virtualMachineSnapshotName == null
            ? ""
            : spec.virtualMachineSnapshotName,
        complete ? instant(status.restoreTime) : null,
        complete,
        status == null || complete ? "" : failure(status.conditions));
  }

  private static long size(
      VirtualMachineSnapshot.@Nullable Status status, Map<String, Long> disks) {
    if (status == null || status.snapshotVolumes == null) {
      return -1;
    }
    List<String> included = status.snapshotVolumes.includedVolumes;
    if (included == null || included.isEmpty() || !disks.keySet().containsAll(included)) {
      return -1;
    }
    return included.stream().mapToLong(disks::get).sum();
  }

  private static String error(VirtualMachineSnapshot.Status status) {
    if (status.error != null && status.error.get("message") instanceof String message) {
      return message;
    }
    return "Failed".equals(status.phase) ? failure(status.conditions) : "";
  }

  /** The message of a condition that says it stopped without success, or empty. */
  static String failure(@Nullable List<Condition> conditions) {
    if (conditions == null) {
      return "";
    }
    boolean progressing =
        conditions.stream().anyMatch(c -> "Progressing".equals(c.type) && c.holds());
    return progressing
        ? ""
        : conditions.stream()
            .filter(c -> "Ready".equals(c.type) && !c.holds())
            .map(c -> c.message == null ? "" : c.message)
            .filter(m -> !m.isBlank())
            .findFirst()
            .orElse("");
  }

  static @Nullable Instant instant(@Nullable String time) {
    if (time == null || time.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(time);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
