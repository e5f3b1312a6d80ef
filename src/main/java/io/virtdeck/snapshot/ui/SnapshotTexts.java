package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.ui.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

  /** Online or offline, and quiesced by the guest agent or not. */
  static String indications(Component c, SnapshotRow row) {
    List<String> parts = new ArrayList<>();
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

  static String time(@Nullable Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  static String size(long bytes) {
    return Formats.bytes(bytes);
  }
}
