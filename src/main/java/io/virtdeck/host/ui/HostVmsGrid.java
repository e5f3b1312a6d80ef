package io.virtdeck.host.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.host.Bytes;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostVm;
import io.virtdeck.vm.ui.VmSummaryView;
import java.util.Map;

/** Host → VMs: the VMs on the host that the user may see, read from the cache's node index. */
final class HostVmsGrid extends Grid<HostVm> {

  private final HostInventory hosts;

  HostVmsGrid(HostInventory hosts) {
    this.hosts = hosts;
    setId("host-vms");
    setAllRowsVisible(true);
    addComponentColumn(
            vm ->
                new RouterLink(
                    vm.key().name(),
                    VmSummaryView.class,
                    new RouteParameters(
                        Map.of("namespace", vm.key().namespace(), "name", vm.key().name()))))
        .setHeader(getTranslation("host.vm.name"));
    addColumn(vm -> vm.key().namespace()).setHeader(getTranslation("host.vm.folder"));
    addColumn(vm -> vm.cpuMillis() + "m").setHeader(getTranslation("host.vm.cpu"));
    addColumn(vm -> Bytes.gib(vm.memoryBytes())).setHeader(getTranslation("host.vm.memory"));
    addColumn(HostVm::migration).setHeader(getTranslation("host.vm.migration"));
  }

  void show(String host, NamespaceScope scope) {
    long start = System.nanoTime();
    setItems(hosts.vmsOn(host, scope));
    HostTimings.record(this, "hostvms", host, start);
  }
}
