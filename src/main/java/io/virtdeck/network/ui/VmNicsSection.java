package io.virtdeck.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NicRow;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.ui.VmConfigureSection;

/**
 * VM → Configure → Virtual hardware: the network adapters (name, port group, model, MAC, IPs, link
 * state and what is pending), with Add, "Connect to port group…" and Remove, live.
 */
@org.springframework.stereotype.Component
class VmNicsSection implements VmConfigureSection {

  private final PortGroups portGroups;
  private final NetworkOperations operations;
  private final AccessReviews reviews;
  private final CurrentUser currentUser;

  VmNicsSection(
      PortGroups portGroups,
      NetworkOperations operations,
      AccessReviews reviews,
      CurrentUser currentUser) {
    this.portGroups = portGroups;
    this.operations = operations;
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Component create(ResourceKey vm) {
    var user = currentUser.require();
    NicActions actions =
        new NicActions(portGroups, operations, new FollowedScopes(reviews, user), user);
    Div section = new Div();
    section.setId("vm-nics");
    section.addClassName("configure-section");
    H3 title = new H3(section.getTranslation("net.nics.title"));
    Grid<NicRow> grid = new Grid<>();
    grid.setId("vm-nics-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(NicRow::name)
        .setHeader(section.getTranslation("net.nics.name"))
        .setKey("name")
        .setAutoWidth(true);
    grid.addColumn(n -> n.podNetwork() ? section.getTranslation("vm.network.pod") : n.networkName())
        .setHeader(section.getTranslation("net.nics.port-group"))
        .setKey("port-group")
        .setAutoWidth(true);
    grid.addColumn(NicRow::model)
        .setHeader(section.getTranslation("net.nics.model"))
        .setAutoWidth(true);
    grid.addColumn(n -> Formats.orDash(n.macAddress()))
        .setHeader(section.getTranslation("net.nics.mac"))
        .setAutoWidth(true);
    grid.addColumn(n -> Formats.orDash(String.join(", ", n.ipAddresses())))
        .setHeader(section.getTranslation("net.nics.ips"))
        .setKey("ips")
        .setAutoWidth(true);
    grid.addColumn(n -> Formats.orDash(n.linkState()))
        .setHeader(section.getTranslation("net.nics.link"))
        .setAutoWidth(true);
    grid.addColumn(n -> section.getTranslation(n.state().labelKey()))
        .setHeader(section.getTranslation("net.nics.state"))
        .setKey("state")
        .setAutoWidth(true);
    boolean may = actions.mayChange(vm);
    if (may) {
      grid.addComponentColumn(n -> rowActions(actions, vm, n)).setAutoWidth(true);
    }
    Runnable refresh =
        () -> {
          grid.setItems(portGroups.nics(vm, actions.scopes()));
          // addresses and MACs arrive while the VM boots: widen the columns to them
          grid.recalculateColumnWidths();
        };
    refresh.run();
    // read again whenever the tab is shown: the VM may have booted while the section was hidden
    LiveUpdates.follow(grid, () -> portGroups.changes().filter(vm::equals), refresh);
    HorizontalLayout bar = new HorizontalLayout();
    if (may) {
      Button connect =
          new Button(
              section.getTranslation("net.nics.connect"),
              VaadinIcon.CONNECT.create(),
              e -> actions.connect(grid, vm, null));
      connect.setId("connect-to-port-group");
      connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      bar.add(connect);
    }
    Paragraph hint = new Paragraph(section.getTranslation("net.nics.reconnect-hint"));
    hint.addClassName("hint");
    section.add(title, bar, grid, hint);
    return section;
  }

  private static Component rowActions(NicActions actions, ResourceKey vm, NicRow nic) {
    Button reconnect = new Button(VaadinIcon.EXCHANGE.create(), e -> actions.reconnect(vm, nic));
    reconnect.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    reconnect.setAriaLabel(reconnect.getTranslation("net.reconnect.label", nic.name()));
    reconnect.setTooltipText(reconnect.getTranslation("net.reconnect.label", nic.name()));
    reconnect.getElement().setAttribute("data-reconnect", nic.name());
    reconnect.setEnabled(!nic.podNetwork() && nic.state() == NicRow.State.ACTIVE);
    return new HorizontalLayout(reconnect, removeButton(actions, vm, nic));
  }

  private static Component removeButton(NicActions actions, ResourceKey vm, NicRow nic) {
    Button remove = new Button(VaadinIcon.TRASH.create(), e -> actions.remove(vm, nic.name()));
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(remove.getTranslation("net.remove.label", nic.name()));
    remove.setTooltipText(remove.getTranslation("net.remove.label", nic.name()));
    remove.getElement().setAttribute("data-nic", nic.name());
    remove.setEnabled(
        !nic.podNetwork()
            && nic.state() != NicRow.State.UNPLUGGING
            && nic.state() != NicRow.State.REMOVED_AT_RESTART);
    return remove;
  }
}
