package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.VmBatch;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmRow;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a view of the VM inventory live: each batch of changes refreshes the changed rows, or
 * reloads the view when VMs were added or removed since it last looked, including between the
 * view's making and its attaching (a view opened while the inventory loads is made empty).
 */
final class InventoryUpdates {

  private InventoryUpdates() {}

  static void bind(
      Component view,
      VmInventory inventory,
      NamespaceScope scope,
      Runnable reload,
      Consumer<List<VmRow>> refreshRows) {
    long[] seen = {inventory.membership()};
    LiveUpdates.bind(
        view,
        () -> inventory.changes(scope),
        batch -> {
          long membership = inventory.membership();
          var update = VmBatch.of(batch, seen[0], membership, key -> inventory.row(key, scope));
          seen[0] = membership;
          if (update.all()) {
            reload.run();
          } else {
            refreshRows.accept(update.rows());
          }
        });
    view.addAttachListener(
        attach -> {
          long membership = inventory.membership();
          if (membership != seen[0]) {
            seen[0] = membership;
            reload.run();
          }
        });
  }
}
