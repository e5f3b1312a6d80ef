package io.virtdeck.host.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;

/** Contributes the Hosts and Clusters tree to the navigator. */
@org.springframework.stereotype.Component
class HostsNavigatorTab implements NavigatorTab {

  private final HostInventory hosts;
  private final HostOperations operations;
  private final VmInventory vms;
  private final VmAccess access;
  private final CurrentUser currentUser;

  HostsNavigatorTab(
      HostInventory hosts,
      HostOperations operations,
      VmInventory vms,
      VmAccess access,
      CurrentUser currentUser) {
    this.hosts = hosts;
    this.operations = operations;
    this.vms = vms;
    this.access = access;
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

  @Override
  public Component createTree() {
    var user = currentUser.require();
    if (!hosts.visibleTo(user)) {
      Span hidden = new Span(com.vaadin.flow.i18n.I18NProvider.translate("host.hidden"));
      hidden.setId("hosts-hidden");
      return hidden;
    }
    return new HostTree(
        hosts,
        access.visibleTo(user),
        vms.datacenter(),
        (vm, host) -> new MigrateDialog(vm, host, hosts, operations, user).open());
  }
}
