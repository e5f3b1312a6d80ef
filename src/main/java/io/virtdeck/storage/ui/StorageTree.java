package io.virtdeck.storage.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.storage.Datastore;
import io.virtdeck.storage.DatastoreScope;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.ObjectMarks;
import java.util.Map;

/** The navigator's Storage tree: the cluster, and under it its datastores (default marked). */
class StorageTree extends TreeGrid<String> {

  private static final String ROOT = "";
  private final StorageInventory storage;
  private final FollowedScopes scopes;
  private final String datacenter;
  private final ObjectMarks marks;

  /**
   * The datastores the user may see (see {@link StorageInventory#datastores}), following their
   * rights while the tree is open.
   */
  StorageTree(
      StorageInventory storage, FollowedScopes scopes, String datacenter, ObjectMarks marks) {
    this.marks = marks;
    this.storage = storage;
    this.scopes = scopes;
    this.datacenter = datacenter;
    setId("storage-tree");
    addClassName("inventory-tree");
    setSizeFull();
    addComponentHierarchyColumn(this::label).setHeader(getTranslation("storage.nav"));
    reload();
    LiveUpdates.follow(this, storage::classChanges, this::reload);
    scopes.follow(this, this::reload);
    LiveUpdates.bind(this, marks::changes, batch -> getDataProvider().refreshAll());
  }

  private void reload() {
    TreeData<String> data = new TreeData<>();
    data.addItem(null, ROOT);
    storage.datastores(scope()).stream().map(Datastore::name).forEach(n -> data.addItem(ROOT, n));
    setDataProvider(new TreeDataProvider<>(data));
    expand(ROOT);
  }

  private DatastoreScope scope() {
    return DatastoreScope.of(scopes.get());
  }

  private HorizontalLayout label(String node) {
    if (node.equals(ROOT)) {
      HorizontalLayout label =
          new HorizontalLayout(VaadinIcon.CLUSTER.create(), new Span(datacenter));
      label.setSpacing(false);
      label.addClassName("tree-label");
      return label;
    }
    boolean isDefault = storage.datastore(node, scope()).map(Datastore::isDefault).orElse(false);
    String text = isDefault ? getTranslation("storage.tree.default", node) : node;
    RouterLink link =
        new RouterLink(text, DatastoreView.class, new RouteParameters(Map.of("name", node)));
    HorizontalLayout label = new HorizontalLayout(VaadinIcon.DATABASE.create(), link);
    // a narrow navigator cuts the name: the whole of it shows on hover
    label.getElement().setAttribute("title", text);
    label.setSpacing(false);
    label.addClassName("tree-label");
    label.getElement().setAttribute("data-node", "datastore/" + node);
    marks
        .of(scopes.get(), ObjectMarks.On.DATASTORE, "", node)
        .ifPresent(mark -> label.add(ObjectMarks.icon(label, mark)));
    return label;
  }
}
