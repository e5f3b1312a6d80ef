package io.virtdeck.host.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.vm.VmInventory;

/** Contributes the Hosts and Clusters tree to the navigator. */
@org.springframework.stereotype.Component
class HostsNavigatorTab implements NavigatorTab {

  private final HostInventory hosts;
  private final HostOperations operations;
  private final VmInventory vms;
  private final AccessReviews reviews;
  private final CurrentUser currentUser;
  private final ObjectMarks marks;

  HostsNavigatorTab(
      HostInventory hosts,
      HostOperations operations,
      VmInventory vms,
      AccessReviews reviews,
      CurrentUser currentUser,
      ObjectMarks marks) {
    this.marks = marks;
    this.hosts = hosts;
    this.operations = operations;
    this.vms = vms;
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  @Override
  public String titleKey() {
    return "nav.hosts";
  }

  @Override
  public VaadinIcon icon() {
    return VaadinIcon.SERVER;
  }

  @Override
  public int order() {
    return 30;
  }

  /**
   * The tree, or why there is none (no right to list nodes), following the user's rights while it
   * is open: a right revoked takes the hosts away, one granted brings them.
   */
  @Override
  public Component createTree() {
    var user = currentUser.require();
    FollowedScopes scopes = new FollowedScopes(reviews, user);
    Div panel = new Div();
    panel.setSizeFull();
    Runnable render =
        () -> {
          panel.removeAll();
          if (!scopes.get().all(CachedKind.NODES)) {
            Span hidden = new Span(panel.getTranslation("host.hidden"));
            hidden.setId("hosts-hidden");
            panel.add(hidden);
            return;
          }
          panel.add(
              new HostTree(
                  hosts,
                  scopes::get,
                  vms.datacenter(),
                  (vm, host) -> new MigrateDialog(vm, host, hosts, operations, user).open(),
                  marks));
        };
    render.run();
    scopes.follow(panel, render);
    return panel;
  }
}
