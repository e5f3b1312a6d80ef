package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.perf.PerfTarget;
import io.virtdeck.ui.ServerTimings;

/**
 * The server's part of a chart's open ({@link ServerTimings}, kinds {@code chartcpu} and {@code
 * chartall}): from the panel asking for its charts to the response or push that carries the answer.
 */
final class ChartTimings {

  private ChartTimings() {}

  static void record(Component panel, String kind, PerfTarget target, long startNanos) {
    ServerTimings.record(panel, kind, name(target), startNanos);
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
