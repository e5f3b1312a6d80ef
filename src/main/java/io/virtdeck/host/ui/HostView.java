package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostEvents;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.HostRow;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectPage;
import io.virtdeck.vm.VmAccess;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * A host (Node): header with its state and Enter/Exit Maintenance Mode, the Summary (with the
 * drain's progress while one runs), its VMs and its Events, live.
 */
@Route(value = "host/:name", layout = MainLayout.class)
@PermitAll
public class HostView extends ObjectPage implements BeforeEnterObserver {

  private final HostInventory hosts;
  private final HostOperations operations;
  private final UserIdentity user;
  private final NamespaceScope scope;
  private final Clock clock;
  private final Div summary = new Div();
  private final Div drain = new Div();
  private final HostVmsGrid vms;
  private final HostEventsPanel events;
  private String name = "";

  public HostView(
      HostInventory hosts,
      HostOperations operations,
      VmAccess access,
      HostEvents hostEvents,
      CurrentUser currentUser,
      Clock clock) {
    super("host-view");
    this.hosts = hosts;
    this.operations = operations;
    this.user = currentUser.require();
    this.scope = access.visibleTo(user);
    this.clock = clock;
    this.vms = new HostVmsGrid(hosts);
    this.events = new HostEventsPanel(hostEvents, hostEvents.scope(user));
    addTab("host.tab.summary", "host-tab-summary", summary);
    addTab("host.tab.vms", "host-tab-vms", vms);
    addTab("host.tab.events", "host-tab-events", events);
    follow(hosts::changes);
    // the drain's own steps, not only cache changes: its last step may come after the last change
    LiveUpdates.follow(
        this, () -> operations.drainChanges().filter(p -> p.host().equals(name)), this::showDrain);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    name = event.getRouteParameters().get("name").orElse("");
    render();
  }

  @Override
  protected void render() {
    summary.removeAll();
    var row = hosts.visibleTo(user) ? hosts.host(name) : java.util.Optional.<HostRow>empty();
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
    summary.add(drain, new HostSummaryCards(row.get(), node.get()));
    showDrain();
    vms.show(name, scope);
    events.show(name);
  }

  private void showDrain() {
    drain.removeAll();
    operations.drain(name).ifPresent(p -> drain.add(new DrainCard(p, clock.instant())));
    hosts.nodeMaintenance(name).ifPresent(m -> drain.add(new NodeMaintenanceCard(m)));
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
