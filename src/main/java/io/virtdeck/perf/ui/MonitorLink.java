package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.ui.VmListAction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds "Summary and Monitor" to the VM list's title bar: the page of the datacenter (top consumers,
 * performance, alarms) or of the folder the list shows.
 */
@org.springframework.stereotype.Component
class MonitorLink implements VmListAction {

  @Override
  public int order() {
    return 5;
  }

  @Override
  public Optional<Component> create(Supplier<VmQuery> shown, UserIdentity user) {
    Button button = new Button(VaadinIcon.DASHBOARD.create());
    button.setText(button.getTranslation("perf.link.monitor"));
    button.setId("monitor-link");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    button.addClickListener(
        click -> button.getUI().ifPresent(ui -> ui.navigate(target(shown.get().namespace()))));
    return Optional.of(button);
  }

  /** The datacenter's page for the whole list, else the folder's. */
  static String target(String folder) {
    return folder.isEmpty()
        ? DatacenterView.ROUTE
        : FolderView.ROUTE + "/" + URLEncoder.encode(folder, StandardCharsets.UTF_8);
  }
}
