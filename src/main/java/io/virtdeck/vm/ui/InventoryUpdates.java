package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.VmBatch;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * Keeps a view of the VM inventory live: each batch of changes refreshes the changed rows, or
 * reloads the view when VMs were added or removed since it last looked, including between the
 * view's making and its attaching (a view opened while the inventory loads is made empty); a view
 * attached again (a navigator tree shown again) reloads, as it heard nothing while hidden. Only
 * changes to rows the view {@code shows} reach it, and any change while VMs were added or removed:
 * under a steady stream of changes over a large inventory a view showing a page hears of a few, so
 * its session is not kept busy and a change it shows is handed over at once rather than at the end
 * of a window filled by others.
 */
final class InventoryUpdates {

  private InventoryUpdates() {}

  /**
   * Binds a view whose user's rights may change while it is open: changes are filtered by the
   * scopes at the time they arrive, and rows read with them.
   */
  static void bind(
      Component view,
      VmInventory inventory,
      Supplier<UserScopes> scopes,
      Predicate<ResourceKey> shows,
      Runnable reload,
      Consumer<List<VmRow>> refreshRows) {
    bind(
        view,
        () ->
            inventory
                .changes(NamespaceScope.ALL)
                .filter(
                    key ->
                        key.equals(VmInventory.LOADED)
                            || scopes.get().includes(CachedKind.VIRTUAL_MACHINES, key.namespace())),
        scopes,
        inventory,
        shows,
        reload,
        refreshRows);
  }

  private static void bind(
      Component view,
      Supplier<Flux<ResourceKey>> changes,
      Supplier<UserScopes> scopes,
      VmInventory inventory,
      Predicate<ResourceKey> shows,
      Runnable reload,
      Consumer<List<VmRow>> refreshRows) {
    AtomicLong seen = new AtomicLong(inventory.membership());
    LiveUpdates.bind(
        view,
        // the load's end always: when the first events had built every row before the view was
        // made, the load adds none, and a view that waited for it would wait for ever
        () ->
            changes
                .get()
                .filter(
                    key ->
                        key.equals(VmInventory.LOADED)
                            || shows.test(key)
                            || inventory.membership() != seen.get()),
        batch -> {
          long membership = inventory.membership();
          var update =
              VmBatch.of(batch, seen.get(), membership, key -> inventory.row(key, scopes.get()));
          seen.set(membership);
          if (update.all()) {
            reload.run();
          } else {
            refreshRows.accept(update.rows());
          }
        });
    AtomicBoolean attachedBefore = new AtomicBoolean();
    view.addAttachListener(
        attach -> {
          long membership = inventory.membership();
          if (membership != seen.get() || attachedBefore.getAndSet(true)) {
            seen.set(membership);
            reload.run();
          }
        });
  }
}
