package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.ObjectTab;
import java.util.ArrayList;
import java.util.List;

/** A datacenter's or folder's page: a header and tabs, its own first, then the contributed ones. */
class ObjectPage extends VerticalLayout {

  private final Div header = new Div();
  private final TabSheet tabs = new TabSheet();
  private final List<Component> contents = new ArrayList<>();

  ObjectPage(String id) {
    setId(id);
    tabs.setWidthFull();
    add(header, tabs);
  }

  void title(VaadinIcon icon, String name, Component... extra) {
    header.removeAll();
    HorizontalLayout title = new HorizontalLayout(icon.create(), new H2(name));
    title.addClassName("object-header");
    title.add(extra);
    header.add(title);
  }

  TabSheet tabs() {
    return tabs;
  }

  /** Replaces the contributed tabs by new ones for {@code name}. */
  void contributed(List<ObjectTab> all, ObjectTab.Kind kind, String name, UserIdentity user) {
    contents.forEach(tabs::remove);
    contents.clear();
    for (ObjectTab tab : ObjectTab.of(all, kind)) {
      Component content = tab.create(kind, name, user);
      tabs.add(getTranslation(tab.titleKey()), content).setId(tab.id());
      contents.add(content);
    }
  }
}
