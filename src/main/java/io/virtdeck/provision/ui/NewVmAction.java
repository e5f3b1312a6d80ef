package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmCreation;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.ui.VmListAction;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * New Virtual Machine… in the right-click menu of a folder (for users who may create VMs there) or
 * of the datacenter (where they may in some folder), and in the VM list's title bar; the wizard
 * opens on the folder right-clicked or shown. Never offered to the helpdesk.
 */
@org.springframework.stereotype.Component
class NewVmAction implements VmMenuAction, VmListAction {

  private final VmCreation creation;

  NewVmAction(VmCreation creation) {
    this.creation = creation;
  }

  @Override
  public int order() {
    return 1;
  }

  @Override
  public String labelKey() {
    return "prov.action.new-vm";
  }

  @Override
  public String id() {
    return "new-vm";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    if (target.vm() != null) {
      return false;
    }
    return target.namespace().isEmpty()
        ? !creation.folders(user).isEmpty()
        : creation.mayCreate(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    open(user, target.namespace());
  }

  @Override
  public Optional<Component> create(Supplier<VmQuery> shown, UserIdentity user) {
    if (creation.folders(user).isEmpty()) {
      return Optional.empty();
    }
    Button button =
        new Button(
            I18NProvider.translate("prov.action.new-vm"),
            VaadinIcon.PLUS.create(),
            e -> open(user, shown.get().namespace()));
    button.setId("action-new-vm");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return Optional.of(button);
  }

  private void open(UserIdentity user, String folder) {
    List<String> folders = creation.folders(user);
    if (!folders.isEmpty()) {
      new NewVmWizard(creation, user, folders, folder).open();
    }
  }
}
