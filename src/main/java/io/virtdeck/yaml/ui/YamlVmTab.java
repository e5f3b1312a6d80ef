package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.ui.VmTab;
import io.virtdeck.yaml.YamlKind;

/** The YAML tab of a VM's page, last among its tabs. */
@org.springframework.stereotype.Component
public class YamlVmTab implements VmTab {

  private final YamlPanels panels;

  public YamlVmTab(YamlPanels panels) {
    this.panels = panels;
  }

  @Override
  public String titleKey() {
    return "yaml.tab";
  }

  @Override
  public String id() {
    return "tab-yaml";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Component create(ResourceKey vm, UserIdentity user) {
    return panels.create(YamlKind.VM, vm, user);
  }
}
