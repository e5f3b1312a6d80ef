package io.virtdeck.network.ui;

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
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** A port group (or "VM Network"): header with Delete, and the Summary and VMs tabs, live. */
@Route(value = "network/:namespace/:name", layout = MainLayout.class)
@PermitAll
public class PortGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The route segment that stands for the pod network ("VM Network"). */
  static final String POD = "vm-network";

  private final PortGroups portGroups;
  private final NetworkOperations operations;
  private final UserIdentity user;
  private final FollowedScopes scopes;
  private final Div header = new Div();
  private final Div summary = new Div();
  private final Div vms = new Div();
  private final TabSheet tabs = new TabSheet();
  private ResourceKey key = PortGroups.POD_NETWORK;

  public PortGroupView(
      PortGroups portGroups,
      NetworkOperations operations,
      AccessReviews reviews,
      CurrentUser currentUser) {
    this.portGroups = portGroups;
    this.operations = operations;
    this.user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    setId("port-group");
    tabs.setWidthFull();
    tabs.add(getTranslation("vm.tab.summary"), summary).setId("tab-pg-summary");
    tabs.add(getTranslation("net.tab.vms"), vms).setId("tab-pg-vms");
    add(header, tabs);
    LiveUpdates.bind(this, portGroups::changes, batch -> render());
    scopes.follow(this, this::render);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getRouteParameters();
    String namespace = params.get("namespace").orElse("");
    String name = params.get("name").orElse("");
    key =
        POD.equals(namespace) && POD.equals(name)
            ? PortGroups.POD_NETWORK
            : new ResourceKey(namespace, name);
    render();
  }

  private void render() {
    header.removeAll();
    summary.removeAll();
    vms.removeAll();
    if (key.equals(PortGroups.POD_NETWORK)) {
      header.add(title(getTranslation("vm.network.pod")));
      summary.add(PortGroupCards.pod());
    } else {
      var group = portGroups.get(key, scopes.get().of(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS));
      if (group.isEmpty()) {
        tabs.setVisible(false);
        header.add(new H2(key.name()), new Span(getTranslation("net.gone", key.toString())));
        return;
      }
      header.add(title(key.name()), actions(group.get()));
      summary.add(PortGroupCards.summary(group.get()));
    }
    tabs.setVisible(true);
    vms.add(new PortGroupVmsGrid(portGroups.connected(key, scopes.get())));
  }

  private HorizontalLayout title(String text) {
    HorizontalLayout title = new HorizontalLayout(VaadinIcon.CONNECT.create(), new H2(text));
    title.addClassName("object-header");
    return title;
  }

  private HorizontalLayout actions(PortGroup group) {
    HorizontalLayout bar = new HorizontalLayout();
    if (operations.mayDeletePortGroup(user, group.key())) {
      Button delete =
          new Button(
              getTranslation("net.delete.open"),
              VaadinIcon.TRASH.create(),
              e -> new DeletePortGroupDialog(operations, user, scopes.get(), group.key()).open());
      delete.setId("delete-port-group");
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      bar.add(delete);
    }
    return bar;
  }

  @Override
  public String getPageTitle() {
    return (key.name().isEmpty() ? getTranslation("vm.network.pod") : key.name()) + " · VirtDeck";
  }
}
