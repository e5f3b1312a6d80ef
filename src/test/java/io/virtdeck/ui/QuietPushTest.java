package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/**
 * The push client is told to log at info level, overriding the debug level Vaadin's client sets.
 */
class QuietPushTest {

  @Test
  void aNewUiTellsItsPushClientToLogAtInfoLevel() {
    UI ui = new UI();

    QuietPush.quiet(ui);

    assertThat(ui.getPushConfiguration().getParameter("logLevel")).isEqualTo("info");
  }
}
