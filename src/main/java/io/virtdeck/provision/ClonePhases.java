package io.virtdeck.provision;

import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Where a clone stands, from its {@code status.phase}: SnapshotInProgress, CreatingTargetVM and
 * RestoreInProgress are steps on the way; Succeeded is done once VirtDeck sees the new VM; Failed
 * carries the reason of its Ready condition.
 */
final class ClonePhases {

  private ClonePhases() {}

  static Outcome outcome(@Nullable String phase, String reason, boolean targetSeen) {
    if (phase == null || phase.isEmpty()) {
      return new Outcome.Pending(5);
    }
    return switch (phase) {
      case "SnapshotInProgress" -> new Outcome.Pending(25);
      case "CreatingTargetVM" -> new Outcome.Pending(50);
      case "RestoreInProgress" -> new Outcome.Pending(75);
      case "Succeeded" -> targetSeen ? Outcome.completed() : new Outcome.Pending(95);
      case "Failed" ->
          Outcome.failed(Message.of("task.failed.clone", reason.isBlank() ? phase : reason));
      default -> new Outcome.Pending(-1);
    };
  }
}
