package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmCloning;
import io.virtdeck.vm.ui.VmMenuAction;

/**
 * Clone to Template… in a VM's right-click menu and the header's Actions menu, for users who may
 * create VirtualMachineClones in its folder: KubeVirt's own clone of the whole VM (every disk, its
 * devices, tags and notes), whose {@code spec.patches} label the new VM a template and keep it
 * halted, as vSphere's Clone to Template leaves the source as it is.
 */
@org.springframework.stereotype.Component
class CloneToTemplateAction implements VmMenuAction {

  private final VmCloning cloning;

  CloneToTemplateAction(VmCloning cloning) {
    this.cloning = cloning;
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
    return vm != null && !vm.template() && cloning.mayClone(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm != null) {
      CloneDialog.openFor(owner, cloning, user, vm.key(), true);
    }
  }
}
