package io.virtdeck.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.vm.rows.PowerState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a console offers Power On and when it connects by itself. */
class ConsoleStateTest {

  private static final ConsoleState NOT_RUNNING =
      new ConsoleState("disconnected", ConsoleState.NOT_RUNNING, "The VM is not running");
  private static final ConsoleState POWERED_OFF =
      new ConsoleState("disconnected", ConsoleState.POWERED_OFF, "The VM was powered off");
  private static final ConsoleState HELD =
      new ConsoleState("disconnected", ConsoleState.HELD, "Someone else holds this console");
  private static final ConsoleState CONNECTED = new ConsoleState("connected", 0, "");

  @Test
  void powerOnIsOfferedForAVmThatIsOffToAUserWhoMayStartIt() {
    Optional<PowerState> off = Optional.of(PowerState.POWERED_OFF);
    assertThat(NOT_RUNNING.offersPowerOn(off, true)).isTrue();
    assertThat(POWERED_OFF.offersPowerOn(off, true)).isTrue();
    assertThat(NOT_RUNNING.offersPowerOn(off, false)).isFalse();
    assertThat(NOT_RUNNING.offersPowerOn(Optional.of(PowerState.STARTING), true)).isFalse();
    assertThat(NOT_RUNNING.offersPowerOn(Optional.empty(), true)).isFalse();
    assertThat(HELD.offersPowerOn(off, true)).isFalse();
    assertThat(CONNECTED.offersPowerOn(off, true)).isFalse();
  }

  @Test
  void aConsoleWaitingForItsVmConnectsOnceItRunsAndNoOtherConsoleDoes() {
    Optional<PowerState> on = Optional.of(PowerState.POWERED_ON);
    assertThat(NOT_RUNNING.connectsOn(on)).isTrue();
    assertThat(POWERED_OFF.connectsOn(on)).isTrue();
    assertThat(NOT_RUNNING.connectsOn(Optional.of(PowerState.STARTING))).isFalse();
    assertThat(HELD.connectsOn(on)).isFalse();
    assertThat(CONNECTED.connectsOn(on)).isFalse();
    assertThat(new ConsoleState("disconnected", 1000, "").connectsOn(on)).isFalse();
  }

  @Test
  void theSentenceForEachStateIsTranslated() {
    assertThat(NOT_RUNNING.textKey()).isEqualTo("console.close.4404");
    assertThat(POWERED_OFF.textKey()).isEqualTo("console.close.4410");
    assertThat(CONNECTED.textKey()).isEqualTo("console.state.connected");
  }
}
