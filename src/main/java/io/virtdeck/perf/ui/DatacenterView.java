package io.virtdeck.perf.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.perf.PerfService;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectTab;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The datacenter's page: its Summary (VM counts by power state, the top consumers, hosts by use)
 * and the tabs features add (Performance, Issues and Alarms).
 */
@Route(value = DatacenterView.ROUTE, layout = MainLayout.class)
@PermitAll
public class DatacenterView extends ObjectPage implements HasDynamicTitle {

  static final String ROUTE = "datacenter";

  private final String datacenter;

  public DatacenterView(
      VmInventory inventory,
      VmAccess access,
      HostInventory hosts,
      PerfService perf,
      CurrentUser currentUser,
      List<ObjectTab> objectTabs) {
    super("datacenter-view");
    UserIdentity user = currentUser.require();
    datacenter = inventory.datacenter();
    Anchor vms = new Anchor("", getTranslation("perf.link.vms"));
    vms.setId("datacenter-vms");
    title(VaadinIcon.BUILDING, datacenter, vms);
    tabs()
        .add(
            getTranslation("perf.summary.tab"),
            new DatacenterSummary(inventory, access.visibleTo(user), hosts, perf, user))
        .setId("tab-summary");
    contributed(objectTabs, ObjectTab.Kind.DATACENTER, "", user);
  }

  @Override
  public String getPageTitle() {
    return datacenter + " · VirtDeck";
  }
}
