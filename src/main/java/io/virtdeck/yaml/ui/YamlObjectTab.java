package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.yaml.YamlKind;

/** The YAML tab of a host's (Node's) and a datastore's (StorageClass's) page, last. */
@org.springframework.stereotype.Component
public class YamlObjectTab implements ObjectTab {

  private final YamlPanels panels;

  public YamlObjectTab(YamlPanels panels) {
    this.panels = panels;
  }

  @Override
  public boolean shows(Kind kind) {
    return kind == Kind.HOST || kind == Kind.DATASTORE;
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
  public Component create(Kind kind, String name, UserIdentity user) {
    YamlKind yaml = kind == Kind.HOST ? YamlKind.HOST : YamlKind.DATASTORE;
    return panels.create(yaml, ResourceKey.cluster(name), user);
  }
}
