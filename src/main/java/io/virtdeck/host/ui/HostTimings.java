package io.virtdeck.host.ui;

import com.vaadin.flow.component.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the server time of expanding a host in the tree at DEBUG on the logger {@code
 * virtdeck.timing}, for the scale benchmark (which reads the lines back): {@code QUERY-TIME <kind>
 * <micros> <host>}, measured from the request's handling to the moment Vaadin prepares its response
 * (the host's VMs read, their rows made).
 */
final class HostTimings {

  private static final Logger LOG = LoggerFactory.getLogger("virtdeck.timing");

  private HostTimings() {}

  static void record(Component component, String kind, String host, long startNanos) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    component
        .getUI()
        .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
        .ifPresent(
            ui ->
                ui.beforeClientResponse(
                    component,
                    context ->
                        LOG.debug(
                            "QUERY-TIME {} {} {}",
                            kind,
                            (System.nanoTime() - startNanos) / 1_000,
                            host)));
  }
}
