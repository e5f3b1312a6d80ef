package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.NewVmPrefills;
import io.virtdeck.provision.VmCreation;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.List;

/**
 * New VM from This Template… in a template's right-click menu and the header's Actions menu, for
 * users who may create VMs in its folder: the New VM wizard, filled from the template (compute, a
 * clone of its boot disk, its port groups), the name left to the user.
 */
@org.springframework.stereotype.Component
class NewVmFromTemplateAction implements VmMenuAction {

  private final VmCreation creation;
  private final NewVmPrefills prefills;

  NewVmFromTemplateAction(VmCreation creation, NewVmPrefills prefills) {
    this.creation = creation;
    this.prefills = prefills;
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public String labelKey() {
    return "prov.action.from-template";
  }

  @Override
  public String id() {
    return "new-vm-from-template";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    return vm != null && vm.template() && creation.mayCreate(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm != null) {
      openFrom(owner, creation, prefills, user, vm.key());
    }
  }

  /**
   * Opens the wizard filled from the template as the user sees it, in its folder, or says it is
   * gone.
   */
  private static void openFrom(
      Component owner,
      VmCreation creation,
      NewVmPrefills prefills,
      UserIdentity user,
      ResourceKey vm) {
    List<String> folders = creation.folders(user);
    prefills
        .of(user, vm)
        .filter(p -> folders.contains(p.folder()))
        .ifPresentOrElse(
            prefill ->
                new NewVmWizard(creation, user, folders, prefill.folder())
                    .prefilled(prefill, "prov.new.from-template.title", false)
                    .open(),
            () -> ProvisionNotices.show(owner, "vm.gone", vm.toString()));
  }
}
