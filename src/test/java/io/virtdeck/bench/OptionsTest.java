package io.virtdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --batch-window} becomes VirtDeck's batch window settings; a wrong one is refused. */
class OptionsTest {

  @Test
  void withoutABatchWindowVirtDeckKeepsItsDefault() {
    assertThat(Options.parse().batchWindowSettings()).isEmpty();
  }

  @Test
  void aNumberIsAFixedWindowInMilliseconds() {
    assertThat(Options.parse("--batch-window=50").batchWindowSettings())
        .containsExactly(
            "--virtdeck.ui.batch-window=50ms", "--virtdeck.ui.adaptive-batch-window=false");
  }

  @Test
  void adaptiveIsAnAdaptiveWindowOfAtMost150MsOrTheGivenMaximum() {
    assertThat(Options.parse("--batch-window=adaptive").batchWindowSettings())
        .containsExactly(
            "--virtdeck.ui.batch-window=150ms", "--virtdeck.ui.adaptive-batch-window=true");
    assertThat(Options.parse("--batch-window=adaptive:100").batchWindowSettings())
        .containsExactly(
            "--virtdeck.ui.batch-window=100ms", "--virtdeck.ui.adaptive-batch-window=true");
  }

  @Test
  void anythingElseIsRefusedBeforeTheRunStarts() {
    assertThatThrownBy(() -> Options.parse("--batch-window=fast"))
        .hasMessageContaining("--batch-window takes milliseconds");
  }
}
