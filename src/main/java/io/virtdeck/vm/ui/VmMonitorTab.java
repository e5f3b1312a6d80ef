package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Monitor tab of a VM: Events, then the views other features contribute. */
class VmMonitorTab extends TabSheet {

  private final List<VmMonitorSection> sections;
  private final List<Component> contents = new ArrayList<>();

  VmMonitorTab(VmEventsPanel events, List<VmMonitorSection> sections) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(VmMonitorSection::order)).toList();
    setId("vm-monitor");
    setWidthFull();
    addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
    add(getTranslation("vm.monitor.events"), events).setId("monitor-events");
  }

  void show(ResourceKey vm, UserIdentity user) {
    contents.forEach(this::remove);
    contents.clear();
    setSelectedIndex(0);
    for (VmMonitorSection section : sections) {
      Component content = section.create(vm, user);
      add(getTranslation(section.titleKey()), content).setId(section.id());
      contents.add(content);
    }
  }
}
