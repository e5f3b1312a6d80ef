package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server time of a view's action, logged at debug on the logger {@code virtdeck.timing} for the
 * scale benchmark (which reads the lines back): {@code QUERY-TIME <kind> <micros> <subject>},
 * measured from {@code startNanos} to the moment Vaadin prepares the response or push that carries
 * the action's result.
 */
public final class ServerTimings {

  private static final Logger LOG = LoggerFactory.getLogger("virtdeck.timing");

  private ServerTimings() {}

  /**
   * Logs {@code kind} for {@code subject} (one word) when {@code component}'s next response is
   * prepared.
   */
  public static void record(Component component, String kind, String subject, long startNanos) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    component
        .getUI()
        .or(() -> Optional.ofNullable(UI.getCurrent()))
        .ifPresent(
            ui ->
                ui.beforeClientResponse(
                    component,
                    context ->
                        LOG.debug(
                            "QUERY-TIME {} {} {}",
                            kind,
                            (System.nanoTime() - startNanos) / 1_000,
                            subject)));
  }
}
