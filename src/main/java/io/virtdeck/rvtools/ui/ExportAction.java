package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.RvToolsExport;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.ui.VmListAction;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** Export… in the VM list's title bar: what the grid shows, or the whole datacenter. */
@org.springframework.stereotype.Component
class ExportAction implements VmListAction {

  private final RvToolsExport export;
  private final Clock clock;

  ExportAction(RvToolsExport export, Clock clock) {
    this.export = export;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Component> create(Supplier<VmQuery> shown, UserIdentity user) {
    Button button =
        new Button(I18NProvider.translate("rvtools.export.action"), VaadinIcon.DOWNLOAD.create());
    button.setId("vm-export");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    button.addClickListener(
        e -> new ExportDialog(export, shown.get(), ExportDialog.What.SHOWN, user, clock).open());
    return Optional.of(button);
  }
}
