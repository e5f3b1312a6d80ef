package io.virtdeck.network.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.network.PortGroupVm;
import io.virtdeck.ui.Formats;
import io.virtdeck.vm.ui.VmSummaryView;
import java.util.List;
import java.util.Map;

/** Port group → VMs: each connected VM with its NIC name, MAC and IPs. */
class PortGroupVmsGrid extends Grid<PortGroupVm> {

  PortGroupVmsGrid(List<PortGroupVm> vms) {
    setId("port-group-vms");
    setAllRowsVisible(true);
    addComponentColumn(
            vm ->
                new RouterLink(
                    vm.vm().name(),
                    VmSummaryView.class,
                    new RouteParameters(
                        Map.of("namespace", vm.vm().namespace(), "name", vm.vm().name()))))
        .setHeader(getTranslation("net.vms.vm"))
        .setKey("vm");
    addColumn(vm -> vm.vm().namespace()).setHeader(getTranslation("vm.column.namespace"));
    addColumn(PortGroupVm::nicName).setHeader(getTranslation("net.nics.name")).setKey("nic");
    addColumn(vm -> Formats.orDash(vm.macAddress())).setHeader(getTranslation("net.nics.mac"));
    addColumn(vm -> Formats.orDash(String.join(", ", vm.ipAddresses())))
        .setHeader(getTranslation("net.nics.ips"));
    setItems(vms);
  }
}
