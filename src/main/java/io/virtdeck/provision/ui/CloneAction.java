package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmCloning;
import io.virtdeck.vm.ui.VmMenuAction;

/**
 * Clone… in the VM's right-click menu and the header's Actions menu, for users who may create
 * VirtualMachineClones in its folder.
 */
@org.springframework.stereotype.Component
class CloneAction implements VmMenuAction {

  private final VmCloning cloning;

  CloneAction(VmCloning cloning) {
    this.cloning = cloning;
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public String labelKey() {
    return "prov.action.clone";
  }

  @Override
  public String id() {
    return "clone";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    return target.vm() != null && cloning.mayClone(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm != null) {
      CloneDialog.openFor(owner, cloning, user, vm.key(), false);
    }
  }
}
