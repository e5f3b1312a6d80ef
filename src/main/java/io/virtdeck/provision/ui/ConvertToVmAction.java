package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmTemplating;
import io.virtdeck.vm.ui.VmMenuAction;

/**
 * Convert to Virtual Machine in a template's right-click menu and the header's Actions menu, for
 * users who may patch VMs in its folder: the template label goes, and the VM may be powered on.
 */
@org.springframework.stereotype.Component
class ConvertToVmAction implements VmMenuAction {

  private final VmTemplating templating;

  ConvertToVmAction(VmTemplating templating) {
    this.templating = templating;
  }

  @Override
  public int order() {
    return 42;
  }

  @Override
  public String labelKey() {
    return "prov.action.to-vm";
  }

  @Override
  public String id() {
    return "convert-to-vm";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    return vm != null && vm.template() && templating.mayConvert(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm == null) {
      return;
    }
    templating
        .prepareToVirtualMachine(vm.key())
        .ifPresentOrElse(
            conversion -> {
              templating.run(user, conversion);
              ProvisionNotices.queued(owner, conversion);
            },
            () -> ProvisionNotices.show(owner, "vm.gone", vm.key().toString()));
  }
}
