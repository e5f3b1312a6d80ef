package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import io.virtdeck.task.Message;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The hosts (Nodes) from the shared caches, for users whom Kubernetes lets {@code list nodes}
 * (nodes are cluster-scoped: all or nothing), with the VMs on each as far as the user may see their
 * namespace.
 */
@Service
public class HostInventory implements org.springframework.beans.factory.DisposableBean {

  private static final AccessRequest LIST_NODES = AccessRequest.of("list", "", "nodes");

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final HostRowTable rows;

  public HostInventory(ClusterCaches caches, AccessReviews reviews) {
    this.caches = caches;
    this.reviews = reviews;
    this.rows = new HostRowTable(caches);
  }

  public boolean visibleTo(UserIdentity user) {
    return reviews.allowed(user, LIST_NODES);
  }

  /** What {@code user} may list, kind by kind. */
  public UserScopes scopes(UserIdentity user) {
    return reviews.scopes(user);
  }

  /**
   * The hosts as the user may see them: none without the right to list nodes; each host's VM count
   * and what its VMs request counted from the instances the user may list.
   */
  public List<HostRow> hosts(UserScopes scopes) {
    if (!scopes.all(CachedKind.NODES)) {
      return List.of();
    }
    NamespaceScope vmis = scopes.of(CachedKind.VIRTUAL_MACHINE_INSTANCES);
    if (vmis.all()) {
      return rows.rows(); // shared by every session, made again only on changes
    }
    return caches.nodes().list().stream()
        .map(node -> row(node, vmis))
        .sorted(Comparator.comparing(HostRow::name))
        .toList();
  }

  /** One host as the user may see it (see {@link #hosts(UserScopes)}). */
  public Optional<HostRow> host(String name, UserScopes scopes) {
    if (!scopes.all(CachedKind.NODES)) {
      return Optional.empty();
    }
    NamespaceScope vmis = scopes.of(CachedKind.VIRTUAL_MACHINE_INSTANCES);
    return vmis.all() ? rows.row(name) : node(name).map(n -> row(n, vmis));
  }

  private HostRow row(Node node, NamespaceScope vmis) {
    List<VirtualMachineInstance> on =
        caches.virtualMachineInstances().byIndex(Indexes.BY_NODE, node.getMetadata().getName());
    return HostRows.of(
        node, on, on.stream().filter(v -> vmis.includes(v.getMetadata().getNamespace())).toList());
  }

  /** Every host, whoever looks (VirtDeck's own view: the drain, the Migrate dialog's fits). */
  public List<HostRow> hosts() {
    return rows.rows();
  }

  public Optional<HostRow> host(String name) {
    return rows.row(name);
  }

  @Override
  public void destroy() {
    rows.close();
  }

  public Optional<Node> node(String name) {
    return caches.nodes().get(ResourceKey.cluster(name));
  }

  /** The instances on the host whose namespace the user may see, by namespace and name. */
  public List<VirtualMachineInstance> vmisOn(String host, NamespaceScope scope) {
    return caches.virtualMachineInstances().byIndex(Indexes.BY_NODE, host).stream()
        .filter(vmi -> scope.includes(vmi.getMetadata().getNamespace()))
        .sorted(Comparator.comparing(Keys::of))
        .toList();
  }

  public Optional<VirtualMachineInstance> vmi(ResourceKey vm) {
    return caches.virtualMachineInstances().get(vm);
  }

  /**
   * The VMs on the host as the host's VMs tab shows them to the user: the instances they may list
   * (none without the right to list nodes), with the migration under way where they may list
   * migrations.
   */
  public List<HostVm> vmsOn(String host, UserScopes scopes) {
    if (!scopes.all(CachedKind.NODES)) {
      return List.of();
    }
    return vmisOn(host, scopes.of(CachedKind.VIRTUAL_MACHINE_INSTANCES)).stream()
        .map(
            vmi -> {
              VmDemand demand = VmDemand.of(vmi);
              String migration =
                  !scopes.includes(CachedKind.MIGRATIONS, vmi.getMetadata().getNamespace())
                      ? ""
                      : activeMigration(Keys.of(vmi))
                          .map(m -> Migrations.phase(m) + " → " + Migrations.targetNode(m))
                          .orElse("");
              return new HostVm(Keys.of(vmi), demand.cpuMillis(), demand.memoryBytes(), migration);
            })
        .toList();
  }

  public Optional<HostDetails> details(String host) {
    return node(host).map(HostDetails::of);
  }

  /** Whether the VM has a running instance. */
  public boolean running(ResourceKey vm) {
    return vmi(vm)
        .map(v -> v.getStatus() != null && "Running".equals(v.getStatus().phase))
        .orElse(false);
  }

  /** Why each host cannot take the VM's instance (an empty list: it can), by host name. */
  public java.util.Map<String, List<Message>> fits(ResourceKey vm) {
    var vmi = vmi(vm);
    java.util.Map<String, List<Message>> result = new java.util.LinkedHashMap<>();
    for (HostRow host : hosts()) {
      result.put(
          host.name(),
          vmi.isEmpty() ? List.of(Message.of("host.migrate.not-running")) : fit(host, vmi.get()));
    }
    return result;
  }

  /** Why the host cannot take the VM (empty: it can). */
  public List<Message> fit(String host, ResourceKey vm) {
    var vmi = vmi(vm);
    var row = host(host);
    if (vmi.isEmpty() || row.isEmpty()) {
      return List.of(Message.of("host.migrate.not-running"));
    }
    return fit(row.get(), vmi.get());
  }

  /** For each host, whether it can take all these VMs at once, and why not (running VMs only). */
  public java.util.Map<String, BatchFit> batchFits(List<ResourceKey> vms) {
    List<VirtualMachineInstance> vmis = vms.stream().flatMap(vm -> vmi(vm).stream()).toList();
    java.util.Map<String, BatchFit> result = new java.util.LinkedHashMap<>();
    for (HostRow host : hosts()) {
      node(host.name()).ifPresent(n -> result.put(host.name(), BatchFit.of(n, host, vmis)));
    }
    return result;
  }

  /** How KubeVirt will run migrations of these VMs sent now: how many start, how many wait. */
  public MigrationBatch batch(List<ResourceKey> vms) {
    java.util.Map<String, Integer> bySource = new java.util.HashMap<>();
    int cluster = 0;
    for (var migration : migrations()) {
      if (Migrations.inFlight(migration)) {
        cluster++;
        String source = Migrations.sourceNode(migration);
        if (source != null) {
          bySource.merge(source, 1, Integer::sum);
        }
      }
    }
    List<String> sources =
        vms.stream()
            .flatMap(vm -> vmi(vm).stream())
            .map(v -> v.getStatus() == null ? "" : String.valueOf(v.getStatus().nodeName))
            .toList();
    return MigrationBatch.of(sources, bySource, cluster);
  }

  /** The name of the VM's migration under way, if any. */
  public Optional<String> activeMigrationName(ResourceKey vm) {
    return activeMigration(vm).map(m -> m.getMetadata().getName());
  }

  /** The key of the VM's migration under way, if any (what Cancel migration deletes). */
  public Optional<ResourceKey> activeMigrationKey(ResourceKey vm) {
    return activeMigration(vm).map(Keys::of);
  }

  /** Why the host cannot take the VM (empty: it can). */
  public List<Message> fit(HostRow host, VirtualMachineInstance vmi) {
    return node(host.name()).map(n -> HostFit.reasons(n, host, vmi)).orElse(List.of());
  }

  /** Empty when the VM's instance may live-migrate; else KubeVirt's reason as a message. */
  public Optional<Message> notMigratable(ResourceKey vm) {
    var vmi = vmi(vm);
    if (vmi.isEmpty() || vmi.get().getStatus() == null) {
      return Optional.of(Message.of("host.migrate.not-running"));
    }
    var conditions = vmi.get().getStatus().conditions;
    Condition live =
        conditions == null
            ? null
            : conditions.stream()
                .filter(c -> "LiveMigratable".equals(c.type))
                .findFirst()
                .orElse(null);
    if (live != null && live.holds()) {
      return Optional.empty();
    }
    return Optional.of(
        live == null || live.message == null
            ? Message.of("host.migrate.unknown")
            : Message.of("host.migrate.not-live", String.valueOf(live.reason), live.message));
  }

  public List<VirtualMachineInstanceMigration> migrations() {
    return caches.migrations().list();
  }

  public Optional<VirtualMachineInstanceMigration> migration(ResourceKey key) {
    return caches.migrations().get(key);
  }

  /** The migration of the VM that is not finished, if any. */
  public Optional<VirtualMachineInstanceMigration> activeMigration(ResourceKey vm) {
    return caches.migrations().list(vm.namespace()).stream()
        .filter(m -> vm.name().equals(Migrations.vmiName(m)) && !Migrations.finished(m))
        .findFirst();
  }

  /** Whether the cluster has the Node Maintenance Operator's NodeMaintenance kind. */
  public boolean nodeMaintenanceAvailable() {
    return caches.nodeMaintenances().isPresent();
  }

  /** The NodeMaintenance of the host (by {@code spec.nodeName}), if there is one. */
  public Optional<NodeMaintenanceState> nodeMaintenance(String host) {
    return caches.nodeMaintenances().stream()
        .flatMap(c -> c.list().stream())
        .map(NodeMaintenanceState::of)
        .filter(m -> m.node().equals(host))
        .findFirst();
  }

  /** The host's NodeMaintenance as the user may see it: only with the right to list them. */
  public Optional<NodeMaintenanceState> nodeMaintenance(String host, UserScopes scopes) {
    return scopes.all(CachedKind.NODES) && scopes.all(CachedKind.NODE_MAINTENANCES)
        ? nodeMaintenance(host)
        : Optional.empty();
  }

  Optional<GenericKubernetesResource> nodeMaintenanceObject(String name) {
    return caches.nodeMaintenances().flatMap(c -> c.get(ResourceKey.cluster(name)));
  }

  /**
   * A tick whenever a node, an instance, a migration or a NodeMaintenance changed, at most every
   * 300 ms.
   */
  public Flux<Object> changes() {
    return Flux.<Object>merge(
            caches.nodes().changes(),
            caches.virtualMachineInstances().changes(),
            caches.migrations().changes(),
            caches.nodeMaintenances().map(c -> c.changes()).orElse(Flux.empty()))
        .sample(Duration.ofMillis(300));
  }
}
