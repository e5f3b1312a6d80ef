package io.virtdeck.host.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.host.HostEvents;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.HostRow;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectPage;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.vm.ui.HostVmGrid;
import io.virtdeck.vm.ui.VmGrids;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A host (Node): header with its state and Enter/Exit Maintenance Mode, the Summary (with the
 * drain's progress while one runs), its VMs, its Events and the tabs other features add ({@link
 * ObjectTab}), live.
 */
@Route(value = "host/:name", layout = MainLayout.class)
@PermitAll
public class HostView extends ObjectPage implements BeforeEnterObserver {

  private final HostInventory hosts;
  private final HostOperations operations;
  private final UserIdentity user;
  private final FollowedScopes scopes;
  private final Clock clock;
  private final Div summary = new Div();
  private final Div drain = new Div();
  private final HostVmGrid vms;
  private final HostEventsPanel events;
  private String name = "";
  private String vmsHost = "";
  private final List<ObjectTab> objectTabs;
  private final List<Component> tabContents = new ArrayList<>();

  public HostView(
      HostInventory hosts,
      HostOperations operations,
      AccessReviews reviews,
      HostEvents hostEvents,
      VmGrids grids,
      CurrentUser currentUser,
      Clock clock,
      List<ObjectTab> objectTabs) {
    super("host-view");
    this.hosts = hosts;
    this.operations = operations;
    this.user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    this.clock = clock;
    this.objectTabs = ObjectTab.of(objectTabs, ObjectTab.Kind.HOST);
    this.vms = grids.forHost(scopes::get);
    this.events = new HostEventsPanel(hostEvents, () -> scopes.get().of(CachedKind.EVENTS));
    addTab("host.tab.summary", "host-tab-summary", summary);
    addTab("host.tab.vms", "host-tab-vms", vms);
    addTab("host.tab.events", "host-tab-events", events);
    follow(hosts::changes);
    // the drain's own steps, not only cache changes: its last step may come after the last change
    LiveUpdates.follow(
        this, () -> operations.drainChanges().filter(p -> p.host().equals(name)), this::showDrain);
    scopes.follow(
        this,
        () -> {
          render();
          events.refresh();
          vms.refresh();
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    name = event.getRouteParameters().get("name").orElse("");
    tabContents.forEach(this::removeTab);
    tabContents.clear();
    for (ObjectTab tab : objectTabs) {
      Component content = tab.create(ObjectTab.Kind.HOST, name, user);
      addTab(tab.titleKey(), tab.id(), content);
      tabContents.add(content);
    }
    render();
  }

  @Override
  protected void render() {
    summary.removeAll();
    UserScopes now = scopes.get();
    var row = hosts.host(name, now);
    var node = hosts.details(name);
    if (row.isEmpty() || node.isEmpty()) {
      showGone(name, getTranslation("host.gone", name));
      return;
    }
    showObject(
        HostStateIcon.of(row.get().state()),
        name,
        List.of(state("host-state", getTranslation(row.get().state().key()))),
        actions(row.get()));
    if (!now.all(CachedKind.VIRTUAL_MACHINE_INSTANCES)) {
      Span partial = new Span(getTranslation("host.partial"));
      partial.setId("host-partial");
      summary.add(partial);
    }
    summary.add(drain, new HostSummaryCards(row.get(), node.get(), clock.instant()));
    showDrain();
    showVms();
    events.show(name);
  }

  /** The VMs tab follows the inventory by itself: it is told only which host to show. */
  private void showVms() {
    if (!name.equals(vmsHost)) {
      vmsHost = name;
      vms.show(name);
    }
  }

  private void showDrain() {
    drain.removeAll();
    UserScopes now = scopes.get();
    operations
        .drain(name)
        .ifPresent(
            p ->
                drain.add(
                    new DrainCard(
                        p,
                        clock.instant(),
                        vm -> now.includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, vm.namespace()))));
    hosts.nodeMaintenance(name, now).ifPresent(m -> drain.add(new NodeMaintenanceCard(m)));
  }

  private HorizontalLayout actions(HostRow row) {
    HorizontalLayout bar = new HorizontalLayout();
    bar.setId("host-actions");
    bar.setSpacing(false);
    if (operations.mayMaintain(user, name)) {
      Button button =
          row.cordoned()
              ? new Button(
                  getTranslation("host.action.exit-maintenance"),
                  VaadinIcon.PLAY.create(),
                  e -> MaintenanceDialog.exit(name, operations, user).open())
              : new Button(
                  getTranslation("host.action.enter-maintenance"),
                  VaadinIcon.TOOLS.create(),
                  e -> new MaintenanceDialog(name, hosts, operations, user).open());
      button.setId(row.cordoned() ? "action-exit-maintenance" : "action-enter-maintenance");
      button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      bar.add(button);
    }
    return bar;
  }

  @Override
  protected String objectName() {
    return name;
  }
}
