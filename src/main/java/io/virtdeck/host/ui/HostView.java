package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.virtdeck.vm.ui.HostVmGrid;
import io.virtdeck.vm.ui.VmGrids;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * A host (Node): header with its state and Enter/Exit Maintenance Mode, the Summary (with the
 * drain's progress while one runs), its VMs and its Events, live.
 */
@Route(value = "host/:name", layout = MainLayout.class)
@PermitAll
public class HostView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final HostInventory hosts;
  private final HostOperations operations;
  private final UserIdentity user;
  private final FollowedScopes scopes;
  private final Clock clock;
  private final Div header = new Div();
  private final Div summary = new Div();
  private final Div drain = new Div();
  private final HostVmGrid vms;
  private final HostEventsPanel events;
  private final TabSheet tabs = new TabSheet();
  private String name = "";
  private String vmsHost = "";

  public HostView(
      HostInventory hosts,
      HostOperations operations,
      AccessReviews reviews,
      HostEvents hostEvents,
      VmGrids grids,
      CurrentUser currentUser,
      Clock clock) {
    this.hosts = hosts;
    this.operations = operations;
    this.user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    this.clock = clock;
    this.vms = grids.forHost(scopes::get);
    this.events = new HostEventsPanel(hostEvents, () -> scopes.get().of(CachedKind.EVENTS));
    setId("host-view");
    tabs.setWidthFull();
    tabs.add(getTranslation("host.tab.summary"), summary).setId("host-tab-summary");
    tabs.add(getTranslation("host.tab.vms"), vms).setId("host-tab-vms");
    tabs.add(getTranslation("host.tab.events"), events).setId("host-tab-events");
    add(header, tabs);
    LiveUpdates.bind(this, hosts::changes, batch -> render());
    // the drain's own steps, not only cache changes: its last step may come after the last change
    LiveUpdates.bind(
        this,
        () -> operations.drainChanges().filter(p -> p.host().equals(name)),
        batch -> showDrain());
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
    render();
  }

  private void render() {
    header.removeAll();
    summary.removeAll();
    UserScopes now = scopes.get();
    var row = hosts.host(name, now);
    var node = hosts.details(name);
    if (row.isEmpty() || node.isEmpty()) {
      tabs.setVisible(false);
      header.add(new H2(name), new Span(getTranslation("host.gone", name)));
      return;
    }
    tabs.setVisible(true);
    Span state = new Span(getTranslation(row.get().state().key()));
    state.setId("host-state");
    HorizontalLayout title =
        new HorizontalLayout(HostStateIcon.of(row.get().state()), new H2(name), state);
    title.addClassName("object-header");
    header.add(title, actions(row.get()));
    if (!now.all(CachedKind.VIRTUAL_MACHINE_INSTANCES)) {
      Span partial = new Span(getTranslation("host.partial"));
      partial.setId("host-partial");
      summary.add(partial);
    }
    summary.add(drain, new HostSummaryCards(row.get(), node.get()));
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
  public String getPageTitle() {
    return name + " · VirtDeck";
  }
}
