package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.PerfService;
import io.virtdeck.perf.PerfTarget;
import io.virtdeck.ui.ObjectTab;

/** Contributes the Performance tab to host, folder and datacenter pages. */
@org.springframework.stereotype.Component
class PerformanceObjectTab implements ObjectTab {

  private final PerfService perf;

  PerformanceObjectTab(PerfService perf) {
    this.perf = perf;
  }

  @Override
  public boolean shows(Kind kind) {
    return kind != Kind.DATASTORE;
  }

  @Override
  public String titleKey() {
    return "perf.tab";
  }

  @Override
  public String id() {
    return "tab-performance";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Component create(Kind kind, String name, UserIdentity user) {
    PerfTarget target =
        switch (kind) {
          case HOST -> new PerfTarget.Host(name);
          case FOLDER -> new PerfTarget.Folder(name);
          case DATACENTER, DATASTORE -> new PerfTarget.Datacenter();
        };
    return new PerformancePanel(perf, user, target);
  }
}
