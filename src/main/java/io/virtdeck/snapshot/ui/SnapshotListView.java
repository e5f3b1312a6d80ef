package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.snapshot.SnapshotAction;
import io.virtdeck.snapshot.SnapshotOperations;
import io.virtdeck.snapshot.SnapshotOverview;
import io.virtdeck.snapshot.Snapshots;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.ui.VmSummaryView;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Snapshots across the inventory: which VMs have snapshots, how many, how old (oldest first, since
 * forgotten snapshots are what hurts), their known size, and how many failed.
 */
@Route(value = "snapshots", layout = MainLayout.class)
@PermitAll
public class SnapshotListView extends VerticalLayout implements HasDynamicTitle {

  private final Snapshots snapshots;
  private final FollowedScopes scopes;
  private final Grid<SnapshotOverview> grid = new Grid<>();
  private final Span count = new Span();

  public SnapshotListView(
      Snapshots snapshots,
      SnapshotOperations operations,
      VmInventory inventory,
      StorageInventory storage,
      AccessReviews reviews,
      CurrentUser currentUser,
      Clock clock) {
    this.snapshots = snapshots;
    UserIdentity user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    NamespaceScope vms = scopes.get().of(CachedKind.VIRTUAL_MACHINES);
    setSizeFull();
    grid.setId("snapshot-list");
    count.setId("snapshot-list-count");
    grid.addComponentColumn(this::link)
        .setHeader(getTranslation("snapshot.list.vm"))
        .setAutoWidth(true);
    grid.addColumn(o -> o.vm().namespace())
        .setHeader(getTranslation("vm.column.namespace"))
        .setAutoWidth(true);
    grid.addColumn(SnapshotOverview::count)
        .setHeader(getTranslation("snapshot.list.count"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.age(o.oldest(), clock.instant()))
        .setHeader(getTranslation("snapshot.list.oldest"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.age(o.newest(), clock.instant()))
        .setHeader(getTranslation("snapshot.list.newest"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.bytes(o.sizeBytes()))
        .setHeader(getTranslation("snapshot.column.size"))
        .setAutoWidth(true);
    grid.addColumn(SnapshotOverview::failed)
        .setHeader(getTranslation("snapshot.list.failed"))
        .setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("snapshot.list.none"));
    SnapshotContext anyVm =
        new SnapshotContext(
            snapshots, operations, inventory, clock, storage, new ResourceKey("", ""), user);
    TakeSnapshotTarget take = new TakeSnapshotTarget(anyVm::forVm, null);
    take.setVisible(mayTakeAnywhere(snapshots, user, vms));
    add(new H2(getTranslation("snapshot.list.title")), count, take, grid);
    setFlexGrow(1, grid);
    refresh();
    LiveUpdates.follow(this, snapshots::changes, this::refresh);
    scopes.follow(this, this::refresh);
  }

  /** The target is offered only to users who may take a snapshot somewhere they see VMs. */
  private static boolean mayTakeAnywhere(
      Snapshots snapshots, UserIdentity user, NamespaceScope vms) {
    return vms.all()
        ? snapshots.permitted(user, SnapshotAction.TAKE, "")
            || snapshots.scope(user).namespaces().stream()
                .anyMatch(ns -> snapshots.permitted(user, SnapshotAction.TAKE, ns))
        : vms.namespaces().stream()
            .anyMatch(ns -> snapshots.permitted(user, SnapshotAction.TAKE, ns));
  }

  private RouterLink link(SnapshotOverview overview) {
    return new RouterLink(
        overview.vm().name(),
        VmSummaryView.class,
        new RouteParameters(
            Map.of("namespace", overview.vm().namespace(), "name", overview.vm().name())));
  }

  private void refresh() {
    List<SnapshotOverview> rows = snapshots.overview(scopes.get());
    grid.setItems(rows);
    count.setText(
        getTranslation(
            "snapshot.list.summary",
            rows.stream().mapToInt(SnapshotOverview::count).sum(),
            rows.size()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("snapshot.list.title") + " · VirtDeck";
  }
}
