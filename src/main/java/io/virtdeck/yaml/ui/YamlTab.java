package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.vm.ui.VmTab;
import io.virtdeck.yaml.YamlKind;

/** The YAML tab, last on the pages of VMs, hosts (Nodes) and datastores (StorageClasses). */
@org.springframework.stereotype.Component
public class YamlTab implements VmTab, ObjectTab {

  private final YamlPanels panels;

  public YamlTab(YamlPanels panels) {
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

  @Override
  public boolean shows(Kind kind) {
    return kind == Kind.HOST || kind == Kind.DATASTORE;
  }

  @Override
  public Component create(Kind kind, String name, UserIdentity user) {
    YamlKind yaml = kind == Kind.HOST ? YamlKind.HOST : YamlKind.DATASTORE;
    return panels.create(yaml, ResourceKey.cluster(name), user);
  }
}
