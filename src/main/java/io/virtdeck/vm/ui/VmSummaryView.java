package io.virtdeck.vm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.PropertyCard;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmSummary;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A VM's Summary, live: guest, host, addresses, hardware, labels and notes. */
@Route(value = "vm/:namespace/:name", layout = MainLayout.class)
@PermitAll
public class VmSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final VmInventory inventory;
  private final NamespaceScope scope;
  private ResourceKey key = new ResourceKey("", "");

  public VmSummaryView(VmInventory inventory, VmAccess access, CurrentUser currentUser) {
    this.inventory = inventory;
    this.scope = access.visibleTo(currentUser.require());
    addClassName("vm-summary-view");
    setId("vm-summary");
    LiveUpdates.bind(
        this,
        () -> inventory.changes(scope).filter(changed -> changed.equals(key)),
        batch -> render());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getRouteParameters();
    key = new ResourceKey(params.get("namespace").orElse(""), params.get("name").orElse(""));
    render();
  }

  private void render() {
    removeAll();
    inventory.summary(key, scope).ifPresentOrElse(this::show, this::showGone);
  }

  private void showGone() {
    add(new H2(key.name()), new Span(getTranslation("vm.gone", key.toString())));
  }

  private void show(VmSummary summary) {
    var row = summary.row();
    Span state = new Span(getTranslation(PowerStateIcon.key(row.powerState())));
    state.setId("vm-power-state");
    HorizontalLayout header =
        new HorizontalLayout(PowerStateIcon.of(row.powerState()), new H2(row.name()), state);
    header.addClassName("object-header");
    add(header);
    if (!summary.problem().isEmpty()) {
      Div problem = new Div(summary.problem());
      problem.addClassName("problem");
      problem.setId("vm-problem");
      add(problem);
    }
    PropertyCard guest =
        new PropertyCard(getTranslation("vm.summary.guest"))
            .row(getTranslation("vm.summary.os"), row.guestOs())
            .row(getTranslation("vm.summary.status"), row.status())
            .row(
                getTranslation("vm.summary.agent"),
                getTranslation(
                    summary.guestAgentConnected() ? "vm.agent.running" : "vm.agent.not-running"))
            .row(getTranslation("vm.summary.host"), row.host())
            .row(getTranslation("vm.summary.ips"), String.join(", ", row.ipAddresses()))
            .row(getTranslation("vm.summary.folder"), row.namespace())
            .row(getTranslation("vm.summary.run-strategy"), summary.runStrategy())
            .row(getTranslation("vm.summary.created"), TIME.format(row.created()));
    guest.setId("vm-guest-card");
    PropertyCard tags = new PropertyCard(getTranslation("vm.summary.labels"));
    summary.labels().forEach(tags::row);
    PropertyCard notes =
        new PropertyCard(getTranslation("vm.summary.notes"))
            .row(getTranslation("vm.summary.notes"), Formats.orDash(summary.notes()));
    Div cards = new Div(guest, new VmHardwareCard(summary), tags, notes);
    cards.addClassName("cards");
    add(cards);
  }

  @Override
  public String getPageTitle() {
    return key.name() + " · VirtDeck";
  }
}
