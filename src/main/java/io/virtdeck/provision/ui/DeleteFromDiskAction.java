package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmDeletion;
import io.virtdeck.vm.rows.PowerState;
import java.util.Optional;

/**
 * Delete from Disk… in the VM's right-click menu and the header's Actions menu, for users who may
 * delete VMs in its namespace; disabled while the VM runs. vSphere's Remove from Inventory has no
 * KubeVirt meaning and is not offered.
 */
@org.springframework.stereotype.Component
class DeleteFromDiskAction implements io.virtdeck.vm.ui.VmMenuAction {

  private final VmDeletion deletion;

  DeleteFromDiskAction(VmDeletion deletion) {
    this.deletion = deletion;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String labelKey() {
    return "prov.action.delete";
  }

  @Override
  public String id() {
    return "delete-from-disk";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    return target.vm() != null && deletion.mayDelete(user, target.namespace());
  }

  @Override
  public Optional<String> disabledBecause(MenuTarget target) {
    var vm = target.vm();
    return vm != null && vm.powerState() != PowerState.POWERED_OFF
        ? Optional.of("prov.delete.running.short")
        : Optional.empty();
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm == null) {
      return;
    }
    deletion
        .plan(vm.key(), deletion.scopes(user))
        .ifPresentOrElse(
            plan -> new DeleteFromDiskDialog(deletion, plan, user).open(),
            () -> ProvisionNotices.show(owner, "vm.gone", vm.key().toString()));
  }
}
