package io.virtdeck.vm.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.RecentlyFetched;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Children fetched lazily from the shared inventory: datacenter, then folders, then VMs. */
class VmTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<InventoryNode, Void> {

  private final VmInventory inventory;
  private final Supplier<UserScopes> scopes;
  private final RecentlyFetched<ResourceKey> fetchedVms = new RecentlyFetched<>();

  VmTreeDataProvider(VmInventory inventory, Supplier<UserScopes> scopes) {
    this.inventory = inventory;
    this.scopes = scopes;
  }

  @Override
  protected Stream<InventoryNode> fetchChildrenFromBackEnd(
      HierarchicalQuery<InventoryNode, Void> query) {
    List<InventoryNode> page =
        children(query.getParent()).stream()
            .skip(query.getOffset())
            .limit(query.getLimit())
            .toList();
    for (InventoryNode node : page) {
      if (node.type() == InventoryNode.Type.VM) {
        fetchedVms.fetched(new ResourceKey(node.namespace(), node.name()));
      }
    }
    return page.stream();
  }

  /** Whether the browser may hold the node of the VM {@code key}; safe to ask from any thread. */
  boolean mayShow(ResourceKey key) {
    return fetchedVms.test(key);
  }

  @Override
  public int getChildCount(HierarchicalQuery<InventoryNode, Void> query) {
    return children(query.getParent()).size();
  }

  @Override
  public boolean hasChildren(InventoryNode item) {
    return switch (item.type()) {
      case DATACENTER -> true;
      case FOLDER -> item.count() > 0;
      case VM -> false;
    };
  }

  @Override
  public Object getId(InventoryNode item) {
    return item.id();
  }

  private List<InventoryNode> children(InventoryNode parent) {
    if (parent == null) {
      return List.of(
          new InventoryNode(
              InventoryNode.Type.DATACENTER, "", inventory.datacenter(), 0, PowerState.POWERED_ON));
    }
    return switch (parent.type()) {
      case DATACENTER ->
          inventory.folders(scopes.get()).stream()
              .map(
                  f ->
                      new InventoryNode(
                          InventoryNode.Type.FOLDER,
                          f.namespace(),
                          f.namespace(),
                          f.vmCount(),
                          PowerState.POWERED_OFF))
              .toList();
      case FOLDER ->
          inventory.vmsIn(parent.namespace(), scopes.get()).stream()
              .map(VmTreeDataProvider::node)
              .toList();
      case VM -> List.of();
    };
  }

  /** The tree node of a VM row. */
  static InventoryNode node(VmRow vm) {
    return new InventoryNode(
        InventoryNode.Type.VM, vm.namespace(), vm.name(), 0, vm.powerState(), vm.template());
  }
}
