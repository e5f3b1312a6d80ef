package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceNic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Totals per folder, per datastore (a VM counts where it has disks, with those disks' size) and per
 * network (a VM counts on each port group it has an adapter on), and over the whole estate.
 */
public record Totals(List<Total> folders, List<Total> datastores, List<Total> networks, Total all) {

  public static Totals of(List<VmReadiness> vms, List<SourceNic> nics) {
    Map<String, Total> folders = new TreeMap<>();
    Map<String, Total> datastores = new TreeMap<>();
    Map<String, Total> networks = new TreeMap<>();
    Map<String, Set<String>> networksOf = new HashMap<>();
    nics.forEach(n -> networksOf.computeIfAbsent(n.vm(), v -> new HashSet<>()).add(n.network()));
    Total all = Total.empty("");
    for (VmReadiness vm : vms) {
      String folder = vm.vm().folder().isEmpty() ? "—" : vm.vm().folder();
      folders.merge(folder, Total.empty(folder).plus(vm, vm.diskMib()), Totals::add);
      Map<String, Long> onStore = new HashMap<>();
      for (SourceDisk disk : vm.disks()) {
        if (!disk.datastore().isEmpty()) {
          onStore.merge(disk.datastore(), Math.max(0, disk.capacityMib()), Long::sum);
        }
      }
      onStore.forEach(
          (store, mib) -> datastores.merge(store, Total.empty(store).plus(vm, mib), Totals::add));
      for (String network : networksOf.getOrDefault(vm.vm().name(), Set.of())) {
        if (!network.isEmpty()) {
          networks.merge(network, Total.empty(network).plus(vm, vm.diskMib()), Totals::add);
        }
      }
      all = all.plus(vm, vm.diskMib());
    }
    return new Totals(
        List.copyOf(folders.values()),
        List.copyOf(datastores.values()),
        List.copyOf(networks.values()),
        all);
  }

  private static Total add(Total a, Total b) {
    return new Total(
        a.name(),
        a.vms() + b.vms(),
        a.cpus() + b.cpus(),
        a.memoryMib() + b.memoryMib(),
        a.diskMib() + b.diskMib(),
        a.ready() + b.ready(),
        a.needsWork() + b.needsWork(),
        a.blocked() + b.blocked());
  }
}
