package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.NewVmPrefills;
import io.virtdeck.provision.VmCreation;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.Optional;

/**
 * Clone to Template… in a VM's right-click menu and the header's Actions menu, for users who may
 * create VMs in its folder: the New VM wizard filled from the VM (compute, a clone of its boot
 * disk, its port groups), creating a new VM labelled as a template and never powered on, through
 * the wizard's own creation path. Disabled while the VM is not stopped: CDI clones a disk no
 * running VM uses.
 */
@org.springframework.stereotype.Component
class CloneToTemplateAction implements VmMenuAction {

  private final VmCreation creation;
  private final NewVmPrefills prefills;

  CloneToTemplateAction(VmCreation creation, NewVmPrefills prefills) {
    this.creation = creation;
    this.prefills = prefills;
  }

  @Override
  public int order() {
    return 41;
  }

  @Override
  public String labelKey() {
    return "prov.action.clone-to-template";
  }

  @Override
  public String id() {
    return "clone-to-template";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    return vm != null && !vm.template() && creation.mayCreate(user, target.namespace());
  }

  @Override
  public Optional<String> disabledBecause(MenuTarget target) {
    var vm = target.vm();
    return vm != null && vm.powerState() != PowerState.POWERED_OFF
        ? Optional.of("prov.clone-to-template.running")
        : Optional.empty();
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm != null) {
      NewVmFromTemplateAction.openFrom(owner, creation, prefills, user, vm.key(), true);
    }
  }
}
