package io.virtdeck.storage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.storage.DatastoreScope;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** A datastore (StorageClass): its Summary and its VMs and Files (disks), live. */
@Route(value = "datastore/:name", layout = MainLayout.class)
@PermitAll
public class DatastoreView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final StorageInventory storage;
  private final DiskActions actions;
  private final Div header = new Div();
  private final Div summary = new Div();
  private final DatastoreFilesGrid files;
  private final TabSheet tabs = new TabSheet();
  private String name = "";

  public DatastoreView(StorageInventory storage, DiskActions.Factory actions, Clock clock) {
    this.storage = storage;
    this.actions = actions.create();
    this.files = new DatastoreFilesGrid(this.actions, clock);
    setId("datastore");
    tabs.setWidthFull();
    tabs.add(getTranslation("vm.tab.summary"), summary).setId("tab-ds-summary");
    tabs.add(getTranslation("storage.tab.files"), files).setId("tab-ds-files");
    add(header, tabs);
    LiveUpdates.bind(this, storage::changes, batch -> render());
    this.actions.followed.follow(this, this::render);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    name = event.getRouteParameters().get("name").orElse("");
    render();
  }

  private void render() {
    header.removeAll();
    summary.removeAll();
    UserScopes scopes = actions.scopes();
    DatastoreScope figures = DatastoreScope.of(scopes);
    var store = storage.datastore(name, figures);
    if (store.isEmpty()) {
      tabs.setVisible(false);
      header.add(new H2(name), new Span(getTranslation("storage.gone", name)));
      return;
    }
    tabs.setVisible(true);
    HorizontalLayout title = new HorizontalLayout(VaadinIcon.DATABASE.create(), new H2(name));
    title.addClassName("object-header");
    header.add(title);
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
  public String getPageTitle() {
    return name + " · VirtDeck";
  }
}
