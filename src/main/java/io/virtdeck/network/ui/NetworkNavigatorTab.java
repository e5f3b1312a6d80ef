package io.virtdeck.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.NavigatorTab;

/** Contributes the Networking tree (and "New port group…") to the navigator. */
@org.springframework.stereotype.Component
public class NetworkNavigatorTab implements NavigatorTab {

  private final PortGroups portGroups;
  private final NetworkOperations operations;
  private final AccessReviews reviews;
  private final CurrentUser currentUser;

  NetworkNavigatorTab(
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
  public String titleKey() {
    return "nav.networking";
  }

  @Override
  public VaadinIcon icon() {
    return VaadinIcon.CONNECT;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Component createTree() {
    var user = currentUser.require();
    NicActions actions =
        new NicActions(portGroups, operations, new FollowedScopes(reviews, user), user);
    NetworkTree tree = new NetworkTree(portGroups, actions);
    Button create =
        new Button(
            com.vaadin.flow.i18n.I18NProvider.translate("net.new.open"),
            VaadinIcon.PLUS.create(),
            e -> new NewPortGroupDialog(operations, user).open());
    create.setId("new-port-group");
    create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    create.setVisible(operations.mayCreatePortGroupSomewhere(user));
    VerticalLayout panel = new VerticalLayout(create, tree);
    panel.setPadding(false);
    panel.setSpacing(false);
    panel.setSizeFull();
    panel.setFlexGrow(1, tree);
    return panel;
  }

  @Override
  public boolean owns(Class<?> view) {
    return PortGroupView.class.isAssignableFrom(view);
  }
}
