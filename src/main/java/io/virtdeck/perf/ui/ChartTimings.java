package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.perf.PerfTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's part of a chart's open, when the logger {@code virtdeck.timing} is at debug, for the
 * scale benchmark (which reads the lines back): {@code QUERY-TIME <kind> <micros> <target>}, from
 * the panel asking for its charts to the response or push that carries the answer.
 */
final class ChartTimings {

  private static final Logger LOG = LoggerFactory.getLogger("virtdeck.timing");

  private ChartTimings() {}

  static void record(Component panel, String kind, PerfTarget target, long startNanos) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    panel
        .getUI()
        .ifPresent(
            ui ->
                ui.beforeClientResponse(
                    panel,
                    context ->
                        LOG.debug(
                            "QUERY-TIME {} {} {}",
                            kind,
                            (System.nanoTime() - startNanos) / 1_000,
                            name(target))));
  }

  /** The target in one word. */
  static String name(PerfTarget target) {
    return switch (target) {
      case PerfTarget.Vm vm -> vm.namespace() + "/" + vm.name();
      case PerfTarget.Host host -> "host:" + host.name();
      case PerfTarget.Folder folder -> "folder:" + folder.namespace();
      case PerfTarget.Datacenter datacenter -> "datacenter";
    };
  }
}
