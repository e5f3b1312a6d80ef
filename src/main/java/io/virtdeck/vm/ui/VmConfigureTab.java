package io.virtdeck.vm.ui;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.ResourceKey;
import java.util.Comparator;
import java.util.List;

/** The Configure tab of a VM: the sections features contribute. */
class VmConfigureTab extends Div {

  private final List<VmConfigureSection> sections;

  VmConfigureTab(List<VmConfigureSection> sections) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(VmConfigureSection::order)).toList();
    setId("vm-configure");
    addClassName("vm-configure");
  }

  void show(ResourceKey vm) {
    removeAll();
    sections.forEach(section -> add(section.create(vm)));
  }
}
