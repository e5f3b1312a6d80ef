package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.storage.Datastore;
import io.virtdeck.ui.Formats;
import io.virtdeck.vm.rows.VmDisk;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How snapshots read in the UI: status with progress, indications, times, sizes. */
final class SnapshotTexts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private SnapshotTexts() {}

  static String status(Component c, SnapshotRow row) {
    if (row.failed()) {
      return c.getTranslation("snapshot.status.failed", row.error());
    }
    if (row.ready()) {
      return c.getTranslation("snapshot.status.ready");
    }
    return c.getTranslation("snapshot.status.in-progress", row.progress());
  }

  /**
   * Online or offline, and quiesced by the guest agent or not; nothing for a failed snapshot, which
   * holds no consistent state to describe (its status says why it failed).
   */
  static String indications(Component c, SnapshotRow row) {
    List<String> parts = new ArrayList<>();
    if (row.failed()) {
      return "";
    }
    if (row.online()) {
      parts.add(c.getTranslation("snapshot.indication.online"));
      parts.add(
          row.quiesced()
              ? c.getTranslation("snapshot.indication.quiesced")
              : c.getTranslation("snapshot.indication.not-quiesced"));
    } else if (row.ready()) {
      parts.add(c.getTranslation("snapshot.indication.offline"));
    }
    return String.join(", ", parts);
  }

  /**
   * The disks, as "disk on datastore", whose datastore is known and has no VolumeSnapshotClass: the
   * storage cannot snapshot them, so a VM snapshot fails.
   */
  static List<String> disksWithoutSnapshots(
      List<VmDisk> disks, Function<String, Optional<Datastore>> datastores) {
    return disks.stream()
        .filter(d -> !d.storageClass().isEmpty())
        .filter(d -> datastores.apply(d.storageClass()).map(s -> !s.snapshots()).orElse(false))
        .map(d -> d.name() + " (" + d.storageClass() + ")")
        .toList();
  }

  static String time(@Nullable Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  static String size(long bytes) {
    return Formats.bytes(bytes);
  }
}
