package io.virtdeck.vm.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.VmEvent;
import io.virtdeck.vm.VmEvents;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** Monitor → Events: the Kubernetes Events of the VM and its instance, newest first, live. */
class VmEventsPanel extends Grid<VmEvent> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final VmEvents events;
  private final Supplier<UserScopes> scopes;
  private ResourceKey vm = new ResourceKey("", "");

  VmEventsPanel(VmEvents events, Supplier<UserScopes> scopes) {
    this.events = events;
    this.scopes = scopes;
    setId("vm-events");
    addThemeVariants(GridVariant.LUMO_COMPACT);
    addColumn(e -> TIME.format(e.time()))
        .setHeader(getTranslation("vm.events.time"))
        .setAutoWidth(true);
    addColumn(VmEvent::type)
        .setHeader(getTranslation("vm.events.type"))
        .setAutoWidth(true)
        .setPartNameGenerator(e -> e.warning() ? "event-warning" : null);
    addColumn(VmEvent::reason).setHeader(getTranslation("vm.events.reason")).setAutoWidth(true);
    addColumn(VmEvent::objectKind).setHeader(getTranslation("vm.events.object")).setAutoWidth(true);
    addColumn(VmEvent::message).setHeader(getTranslation("vm.events.message")).setFlexGrow(3);
    addColumn(VmEvent::source).setHeader(getTranslation("vm.events.source")).setAutoWidth(true);
    setEmptyStateText(getTranslation("vm.events.none"));
    LiveUpdates.follow(this, () -> events.changes(vm), this::refresh);
  }

  void show(ResourceKey vm) {
    this.vm = vm;
    refresh();
  }

  private void refresh() {
    setItems(events.of(vm, scopes.get()));
  }
}
