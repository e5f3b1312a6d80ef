package io.virtdeck.ui;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The batch window of live updates: {@code virtdeck.ui.batch-window} (150ms) and {@code
 * virtdeck.ui.adaptive-batch-window} (false: fixed; true: at most the given window, following what
 * updates cost; see {@link BatchWindow}).
 */
@ConfigurationProperties("virtdeck.ui")
record BatchWindowProperties(@Nullable Duration batchWindow, boolean adaptiveBatchWindow) {

  BatchWindow window() {
    return new BatchWindow(
        batchWindow == null ? BatchWindow.DEFAULT.max() : batchWindow, adaptiveBatchWindow);
  }
}
