package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmCloning;
import io.virtdeck.snapshot.ui.SnapshotManagerAction;

/**
 * Clone to virtual machine… in the Snapshot Manager: a new VM from the selected snapshot, for users
 * who may create VirtualMachineClones in its folder.
 */
@org.springframework.stereotype.Component
class CloneSnapshotAction implements SnapshotManagerAction {

  private final VmCloning cloning;

  CloneSnapshotAction(VmCloning cloning) {
    this.cloning = cloning;
  }

  @Override
  public String labelKey() {
    return "snapshot.action.clone";
  }

  @Override
  public String id() {
    return "snapshot-clone";
  }

  @Override
  public boolean offered(UserIdentity user, String namespace) {
    return cloning.mayClone(user, namespace);
  }

  @Override
  public void run(Component owner, ResourceKey snapshot, UserIdentity user) {
    cloning
        .snapshot(user, snapshot)
        .ifPresentOrElse(
            source -> new CloneDialog(cloning, source, user, false).open(),
            () -> ProvisionNotices.show(owner, "prov.clone.gone", snapshot.toString()));
  }
}
