package io.virtdeck.host.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.host.HostEvent;
import io.virtdeck.host.HostEvents;
import io.virtdeck.ui.LiveUpdates;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** Host → Events: the Node's events and those of migrations to and from it, newest first, live. */
final class HostEventsPanel extends Grid<HostEvent> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final HostEvents events;
  private final Supplier<NamespaceScope> scope;
  private String host = "";

  /** The events {@code scope} lets the user see now (it follows their rights). */
  HostEventsPanel(HostEvents events, Supplier<NamespaceScope> scope) {
    this.events = events;
    this.scope = scope;
    setId("host-events");
    addThemeVariants(GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    addColumn(e -> TIME.format(e.time()))
        .setHeader(getTranslation("vm.events.time"))
        .setAutoWidth(true);
    addColumn(HostEvent::type)
        .setHeader(getTranslation("vm.events.type"))
        .setAutoWidth(true)
        .setPartNameGenerator(e -> e.warning() ? "event-warning" : null);
    addColumn(HostEvent::reason).setHeader(getTranslation("vm.events.reason")).setAutoWidth(true);
    addColumn(HostEvent::object).setHeader(getTranslation("vm.events.object")).setAutoWidth(true);
    addColumn(HostEvent::message).setHeader(getTranslation("vm.events.message")).setFlexGrow(3);
    addColumn(HostEvent::source).setHeader(getTranslation("vm.events.source")).setAutoWidth(true);
    setEmptyStateText(getTranslation("host.events.none"));
    LiveUpdates.follow(this, events::changes, this::refresh);
  }

  /** Shows the host's events; its own stream keeps them live, so the same host is not re-read. */
  void show(String host) {
    boolean other = !host.equals(this.host);
    this.host = host;
    if (other && isAttached()) {
      refresh();
    }
  }

  void refresh() {
    setItems(events.of(host, scope.get()));
  }
}
