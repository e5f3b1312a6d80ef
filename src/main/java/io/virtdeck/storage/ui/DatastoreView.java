package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.storage.DatastoreScope;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectPage;
import io.virtdeck.ui.ObjectTab;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A datastore (StorageClass): its Summary and its VMs and Files (disks), live, and the tabs
 * features add (Alarms).
 */
@Route(value = "datastore/:name", layout = MainLayout.class)
@PermitAll
public class DatastoreView extends ObjectPage implements BeforeEnterObserver {

  private final StorageInventory storage;
  private final DiskActions actions;
  private final Div summary = new Div();
  private final DatastoreFilesGrid files;
  private final List<ObjectTab> objectTabs;
  private final UserIdentity user;
  private final List<Component> tabContents = new ArrayList<>();
  private String name = "";

  public DatastoreView(
      StorageInventory storage,
      DiskActions.Factory actions,
      Clock clock,
      List<ObjectTab> objectTabs,
      CurrentUser currentUser) {
    super("datastore");
    this.objectTabs = ObjectTab.of(objectTabs, ObjectTab.Kind.DATASTORE);
    this.user = currentUser.require();
    this.storage = storage;
    this.actions = actions.create();
    this.files = new DatastoreFilesGrid(this.actions, clock);
    addTab("vm.tab.summary", "tab-ds-summary", summary);
    addTab("storage.tab.files", "tab-ds-files", files);
    follow(storage::changes);
    this.actions.followed.follow(this, this::render);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    name = event.getRouteParameters().get("name").orElse("");
    tabContents.forEach(this::removeTab);
    tabContents.clear();
    for (ObjectTab tab : objectTabs) {
      Component content = tab.create(ObjectTab.Kind.DATASTORE, name, user);
      addTab(tab.titleKey(), tab.id(), content);
      tabContents.add(content);
    }
    render();
  }

  @Override
  protected void render() {
    summary.removeAll();
    UserScopes scopes = actions.scopes();
    DatastoreScope figures = DatastoreScope.of(scopes);
    var store = storage.datastore(name, figures);
    if (store.isEmpty()) {
      showGone(name, getTranslation("storage.gone", name));
      return;
    }
    showObject(VaadinIcon.DATABASE.create(), name, List.of());
    if (figures.partial()) {
      Span partial = new Span(getTranslation("storage.capacity.partial"));
      partial.setId("datastore-partial");
      summary.add(partial);
    }
    summary.add(DatastoreCards.summary(store.get()));
    files.setEmptyStateText(emptyFilesText(this, scopes.of(CachedKind.PERSISTENT_VOLUME_CLAIMS)));
    files.show(storage.disks(name, scopes));
  }

  /**
   * What VMs and Files says when it lists no disk: that the user may not list disks at all (as the
   * helpdesk), or that this datastore has none where they may look.
   */
  static String emptyFilesText(com.vaadin.flow.component.Component c, NamespaceScope scope) {
    return !scope.all() && scope.namespaces().isEmpty()
        ? c.getTranslation("storage.files.none-permitted")
        : c.getTranslation("storage.files.none");
  }

  @Override
  protected String objectName() {
    return name;
  }
}
