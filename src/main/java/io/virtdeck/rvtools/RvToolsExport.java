package io.virtdeck.rvtools;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.host.HostInventory;
import io.virtdeck.rvtools.export.GridCsv;
import io.virtdeck.rvtools.export.InventoryWorkbook;
import io.virtdeck.rvtools.export.VmFacts;
import io.virtdeck.rvtools.export.VmFactsOf;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.snapshot.Snapshots;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Exports the inventory a user may see: the grid's rows as CSV, or an RVTools-style workbook
 * (vInfo, vCPU, vMemory, vDisk, vNetwork, vSnapshot, vHost, vDatastore) streamed as it is written.
 * Every reader of the shared caches here is filtered by the user's {@link ExportScope}.
 */
@Service
public class RvToolsExport {

  /** How many VMs go by between two progress reports. */
  static final int REPORT_EVERY = 500;

  private final ClusterCaches caches;
  private final VmInventory inventory;
  private final VmAccess vmAccess;
  private final StorageInventory storage;
  private final Snapshots snapshots;
  private final HostInventory hosts;

  public RvToolsExport(
      ClusterCaches caches,
      VmInventory inventory,
      VmAccess vmAccess,
      StorageInventory storage,
      Snapshots snapshots,
      HostInventory hosts) {
    this.caches = caches;
    this.inventory = inventory;
    this.vmAccess = vmAccess;
    this.storage = storage;
    this.snapshots = snapshots;
    this.hosts = hosts;
  }

  public ExportScope scopeOf(UserIdentity user) {
    return ExportScope.of(hosts.scopes(user));
  }

  public String datacenter() {
    return inventory.datacenter();
  }

  /** The rows {@code query} shows, in its order, never beyond the user's VMs. */
  public List<VmRow> rows(VmQuery query, ExportScope scope) {
    VmQuery scoped = VmQuery.of(query.namespace(), query.text(), query.sorts(), scope.scopes());
    return inventory.page(scoped, 0, Integer.MAX_VALUE);
  }

  /** The grid's columns of the rows {@code query} shows, as CSV. */
  public void csv(
      VmQuery query,
      ExportScope scope,
      Function<String, String> translate,
      Writer out,
      ExportProgress progress)
      throws IOException {
    List<VmRow> rows = rows(query, scope);
    GridCsv.headings(translate, out);
    for (int i = 0; i < rows.size(); i++) {
      GridCsv.row(rows.get(i), translate, out);
      report(progress, i + 1, rows.size());
    }
    out.flush();
    progress.reached(rows.size(), rows.size());
  }

  /** The RVTools-style workbook of the VMs {@code query} shows (and the hosts and datastores). */
  public void workbook(VmQuery query, ExportScope scope, OutputStream out, ExportProgress progress)
      throws IOException {
    List<VmRow> rows = rows(query, scope);
    Map<ResourceKey, List<SnapshotRow>> byVm =
        snapshots.all(scope.snapshots(), scope.scopes()).stream()
            .collect(Collectors.groupingBy(SnapshotRow::vm));
    StorageLookup lookup = lookup(scope);
    String datacenter = inventory.datacenter();
    var tally = new Tally();
    try (InventoryWorkbook book = new InventoryWorkbook()) {
      for (int i = 0; i < rows.size(); i++) {
        ResourceKey key = rows.get(i).key();
        var vm = caches.virtualMachines().get(key);
        if (vm.isPresent()) {
          var vmi =
              scope.scopes().includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, key.namespace())
                  ? caches.virtualMachineInstances().get(key).orElse(null)
                  : null;
          VmFacts facts = VmFactsOf.of(vm.get(), vmi, lookup, datacenter);
          book.addVm(facts, byVm.getOrDefault(key, List.of()));
          tally.count(facts);
        }
        report(progress, i + 1, rows.size());
      }
      if (scope.hosts()) {
        hosts
            .hosts(scope.scopes())
            .forEach(
                h ->
                    hosts
                        .details(h.name())
                        .ifPresent(d -> book.addHost(tally.host(h, d, datacenter))));
      }
      storage.datastores(scope.storage()).forEach(d -> book.addDatastore(tally.datastore(d)));
      progress.reached(rows.size(), rows.size());
      book.write(out);
    }
    out.flush();
  }

  private static void report(ExportProgress progress, int done, int total) {
    if (done % REPORT_EVERY == 0) {
      progress.reached(done, total);
    }
  }

  /** Claims and DataVolumes only from the namespaces where the user may list them. */
  private StorageLookup lookup(ExportScope scope) {
    return new StorageLookup() {
      @Override
      public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
        return scope.storage().claims().includes(namespace)
            ? caches.persistentVolumeClaims().get(new ResourceKey(namespace, name))
            : Optional.empty();
      }

      @Override
      public Optional<DataVolume> dataVolume(String namespace, String name) {
        return scope.storage().dataVolumes().includes(namespace)
            ? caches.dataVolumes().get(new ResourceKey(namespace, name))
            : Optional.empty();
      }
    };
  }
}
