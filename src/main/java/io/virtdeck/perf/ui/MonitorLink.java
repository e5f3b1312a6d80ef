package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.UserIdentity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Adds "Summary and Monitor" to the VM list's title bar: the datacenter's page (top consumers,
 * performance, alarms) or the folder's.
 */
@org.springframework.stereotype.Component
class MonitorLink implements io.virtdeck.vm.ui.VmListHeaderAction {

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Component> create(String folder, UserIdentity user) {
    String href =
        folder.isEmpty()
            ? DatacenterView.ROUTE
            : FolderView.ROUTE + "/" + URLEncoder.encode(folder, StandardCharsets.UTF_8);
    Anchor link = new Anchor(href, "");
    link.add(VaadinIcon.DASHBOARD.create());
    link.add(link.getTranslation(folder.isEmpty() ? "perf.link.datacenter" : "perf.link.folder"));
    link.setId("monitor-link");
    link.getStyle().set("display", "inline-flex").set("align-items", "center");
    link.getStyle().set("gap", "var(--lumo-space-xs)").set("margin", "0 var(--lumo-space-m)");
    return Optional.of(link);
  }
}
