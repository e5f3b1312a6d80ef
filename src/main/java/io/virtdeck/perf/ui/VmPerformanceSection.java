package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.PerfService;
import io.virtdeck.perf.PerfTarget;
import io.virtdeck.vm.ui.VmMonitorSection;

/** Contributes Monitor → Performance to the VM view. */
@org.springframework.stereotype.Component
class VmPerformanceSection implements VmMonitorSection {

  private final PerfService perf;

  VmPerformanceSection(PerfService perf) {
    this.perf = perf;
  }

  @Override
  public String titleKey() {
    return "perf.tab";
  }

  @Override
  public String id() {
    return "monitor-performance";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Component create(ResourceKey vm, UserIdentity user) {
    return new PerformancePanel(perf, user, new PerfTarget.Vm(vm.namespace(), vm.name()));
  }
}
