package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmEditing;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmHeaderAction;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.Optional;

/**
 * Edit Settings… in the VM header and in the VM's right-click menu, for users who may patch VMs in
 * its namespace (never the helpdesk; the shop owner only in shop).
 */
@org.springframework.stereotype.Component
class EditSettingsAction implements VmHeaderAction, VmMenuAction {

  private final VmEditing editing;

  EditSettingsAction(VmEditing editing) {
    this.editing = editing;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Component> create(VmRow row, UserIdentity user) {
    if (!editing.mayEdit(user, row.namespace())) {
      return Optional.empty();
    }
    Button button =
        new Button(
            I18NProvider.translate("prov.action.edit-settings"),
            VaadinIcon.COG.create(),
            e -> open(e.getSource(), row.key(), user));
    button.setId("action-edit-settings");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return Optional.of(button);
  }

  @Override
  public String labelKey() {
    return "prov.action.edit-settings";
  }

  @Override
  public String id() {
    return "edit-settings";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    return target.vm() != null && editing.mayEdit(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm != null) {
      open(owner, vm.key(), user);
    }
  }

  private void open(Component owner, ResourceKey vm, UserIdentity user) {
    editing
        .current(vm)
        .ifPresentOrElse(
            current -> new EditSettingsDialog(editing, vm, user, current).open(),
            () -> ProvisionNotices.show(owner, "vm.gone", vm.toString()));
  }
}
