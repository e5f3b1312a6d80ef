package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.snapshot.SnapshotOperations;
import io.virtdeck.snapshot.Snapshots;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.ui.VmTab;
import io.virtdeck.yaml.YamlKind;
import io.virtdeck.yaml.ui.YamlPanels;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;

/** Contributes the Snapshots tab (the Snapshot Manager) to the VM view. */
@org.springframework.stereotype.Component
class SnapshotsVmTab implements VmTab {

  private final Snapshots snapshots;
  private final SnapshotOperations operations;
  private final VmInventory inventory;
  private final Clock clock;
  private final StorageInventory storage;
  private final ObjectProvider<SnapshotManagerAction> extras;
  private final YamlPanels yamlPanels;

  SnapshotsVmTab(
      Snapshots snapshots,
      SnapshotOperations operations,
      VmInventory inventory,
      Clock clock,
      StorageInventory storage,
      YamlPanels yamlPanels,
      ObjectProvider<SnapshotManagerAction> extras) {
    this.yamlPanels = yamlPanels;
    this.snapshots = snapshots;
    this.operations = operations;
    this.inventory = inventory;
    this.clock = clock;
    this.storage = storage;
    this.extras = extras;
  }

  @Override
  public String titleKey() {
    return "snapshot.tab";
  }

  @Override
  public String id() {
    return "tab-snapshots";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Component create(ResourceKey vm, UserIdentity user) {
    return new SnapshotsPanel(
        new SnapshotContext(snapshots, operations, inventory, clock, storage, vm, user),
        name -> yamlPanels.create(YamlKind.SNAPSHOT, new ResourceKey(vm.namespace(), name), user),
        extras.orderedStream().toList());
  }
}
