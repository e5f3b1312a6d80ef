package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One VM snapshot as the Snapshot Manager shows it. {@code phase} is KubeVirt's (InProgress,
 * Succeeded, Failed; empty before the controller saw it); {@code sizeBytes} is -1 when unknown;
 * {@code error} is empty unless the snapshot failed.
 */
public record SnapshotRow(
    ResourceKey key,
    ResourceKey vm,
    String description,
    @Nullable Instant created,
    String phase,
    boolean ready,
    List<String> indications,
    long sizeBytes,
    String error) {

  public SnapshotRow {
    indications = List.copyOf(indications);
  }

  public String name() {
    return key.name();
  }

  public boolean failed() {
    return "Failed".equals(phase);
  }

  /** Taken while the VM ran. */
  public boolean online() {
    return indications.contains("Online");
  }

  /** Whether the guest agent froze the file systems (quiesced); false when offline or no agent. */
  public boolean quiesced() {
    return indications.contains("GuestAgent");
  }

  /** How far it got: 100 when ready, 50 while in progress, 10 before the controller saw it. */
  public int progress() {
    if (ready) {
      return 100;
    }
    return switch (phase) {
      case "InProgress" -> 50;
      case "Succeeded", "Failed" -> 100;
      default -> 10;
    };
  }
}
