package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A fixed window is what is configured; an adaptive one is four times the last update's cost,
 * between a floor and the configured window.
 */
class BatchWindowTest {

  private static final long MS = 1_000_000;

  @Test
  void aFixedWindowIgnoresWhatUpdatesCost() {
    var fixed = new BatchWindow(Duration.ofMillis(50), false);

    assertThat(fixed.nanos(0)).isEqualTo(50 * MS);
    assertThat(fixed.nanos(500 * MS)).isEqualTo(50 * MS);
  }

  @Test
  void anAdaptiveWindowIsFourTimesTheLastCostWithinItsBounds() {
    var adaptive = new BatchWindow(Duration.ofMillis(150), true);

    assertThat(adaptive.nanos(0)).isEqualTo(20 * MS); // idle: the floor, not zero
    assertThat(adaptive.nanos(10 * MS)).isEqualTo(40 * MS);
    assertThat(adaptive.nanos(100 * MS)).isEqualTo(150 * MS); // loaded: never over the window
  }

  @Test
  void anAdaptiveWindowBelowTheFloorStaysAtWhatIsConfigured() {
    assertThat(new BatchWindow(Duration.ofMillis(5), true).nanos(0)).isEqualTo(5 * MS);
  }

  @Test
  void theDefaultIsAFixedWindowOf150Ms() {
    assertThat(BatchWindow.DEFAULT).isEqualTo(new BatchWindow(Duration.ofMillis(150), false));
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> new BatchWindow(Duration.ofMillis(-1), false))
        .hasMessageContaining("negative");
  }

  @Test
  void unsetPropertiesGiveTheDefault() {
    assertThat(new BatchWindowProperties(null, false).window()).isEqualTo(BatchWindow.DEFAULT);
    assertThat(new BatchWindowProperties(Duration.ofMillis(50), true).window())
        .isEqualTo(new BatchWindow(Duration.ofMillis(50), true));
  }
}
