package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import org.junit.jupiter.api.Test;

/** A clone's phase as its task shows it: progress, done once the new VM is seen, or the reason. */
class ClonePhasesTest {

  @Test
  void phasesOnTheWayAreProgress() {
    assertThat(ClonePhases.outcome(null, "", false)).isEqualTo(new Outcome.Pending(5));
    assertThat(ClonePhases.outcome("SnapshotInProgress", "", false))
        .isEqualTo(new Outcome.Pending(25));
    assertThat(ClonePhases.outcome("CreatingTargetVM", "", false))
        .isEqualTo(new Outcome.Pending(50));
    assertThat(ClonePhases.outcome("RestoreInProgress", "", true))
        .isEqualTo(new Outcome.Pending(75));
  }

  @Test
  void succeededIsDoneOnceTheNewVmIsSeen() {
    assertThat(ClonePhases.outcome("Succeeded", "", false)).isInstanceOf(Outcome.Pending.class);
    assertThat(ClonePhases.outcome("Succeeded", "", true)).isEqualTo(Outcome.completed());
  }

  @Test
  void failedCarriesTheReason() {
    assertThat(ClonePhases.outcome("Failed", "target VirtualMachine web-01 already exists", false))
        .isEqualTo(
            Outcome.failed(
                Message.of("task.failed.clone", "target VirtualMachine web-01 already exists")));
    assertThat(ClonePhases.outcome("Failed", "", false))
        .isEqualTo(Outcome.failed(Message.of("task.failed.clone", "Failed")));
  }
}
