package io.virtdeck.rvtools;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostRow;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NewPortGroup;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.network.PortGroups;
import io.virtdeck.rvtools.plan.HostLimits;
import io.virtdeck.rvtools.plan.NetworkTarget;
import io.virtdeck.rvtools.plan.PlanContext;
import io.virtdeck.storage.Datastore;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * What a migration plan needs from this cluster, read as the user may see it (port groups they may
 * list, datastores as their Storage tab shows them, hosts only with the right to list nodes), and
 * the one thing the plan writes: missing port groups, created as the user through New port group's
 * path. Nothing else of a plan is written to the cluster.
 */
@Service
public class MigrationPlanner {

  private final PortGroups portGroups;
  private final NetworkOperations network;
  private final StorageInventory storage;
  private final HostInventory hosts;

  public MigrationPlanner(
      PortGroups portGroups,
      NetworkOperations network,
      StorageInventory storage,
      HostInventory hosts) {
    this.portGroups = portGroups;
    this.network = network;
    this.storage = storage;
    this.hosts = hosts;
  }

  /**
   * The context of a first plan: drafts in the first namespace the user may create port groups in.
   */
  public PlanContext context(UserIdentity user) {
    List<Datastore> datastores = storage.datastores(storage.datastoreScope(user));
    Map<String, Long> free = new HashMap<>();
    for (Datastore d : datastores) {
      if (d.capacity().free().known()) {
        free.put(d.name(), d.capacity().free().bytes() >> 20);
      }
    }
    String defaultClass =
        datastores.stream()
            .filter(Datastore::isDefault)
            .map(Datastore::name)
            .findFirst()
            .orElse(datastores.isEmpty() ? "" : datastores.getFirst().name());
    List<String> namespaces = draftNamespaces(user);
    return new PlanContext(
        portGroups.list(portGroups.visibleTo(user)),
        namespaces.isEmpty() ? "" : namespaces.getFirst(),
        List.of(),
        defaultClass,
        free,
        largestHost(user));
  }

  /** {@code context} with the port groups the user may see now (after some were created). */
  public PlanContext withCurrentPortGroups(UserIdentity user, PlanContext context) {
    return new PlanContext(
        portGroups.list(portGroups.visibleTo(user)),
        context.draftNamespace(),
        context.storageRules(),
        context.defaultClass(),
        context.freeMib(),
        context.largestHost());
  }

  /** Keys of port groups added, changed or deleted: a plan on screen maps its networks anew. */
  public Flux<ResourceKey> portGroupChanges() {
    return portGroups.portGroupChanges();
  }

  /** The StorageClasses the user may see, the default first: what the storage map offers. */
  public List<String> storageClasses(UserIdentity user) {
    return storage.datastores(storage.datastoreScope(user)).stream()
        .sorted(
            Comparator.comparing((Datastore d) -> !d.isDefault()).thenComparing(Datastore::name))
        .map(Datastore::name)
        .toList();
  }

  /** The namespaces where the user may create port groups: where drafts can go. */
  public List<String> draftNamespaces(UserIdentity user) {
    return network.portGroupNamespaces(user);
  }

  private HostLimits largestHost(UserIdentity user) {
    if (!hosts.visibleTo(user)) {
      return HostLimits.UNKNOWN;
    }
    return hosts.hosts().stream()
        .max(
            Comparator.comparingLong(HostRow::memoryAllocatable)
                .thenComparingLong(HostRow::cpuAllocatable))
        .map(
            h ->
                new HostLimits(
                    h.name(), (int) (h.cpuAllocatable() / 1000), h.memoryAllocatable() >> 20))
        .orElse(HostLimits.UNKNOWN);
  }

  /** The port group a draft stands for, as New port group would create it. */
  public static NewPortGroup portGroup(NetworkTarget.Draft draft) {
    return new NewPortGroup(
        draft.name(),
        draft.namespace(),
        PortGroupType.LINUX_BRIDGE,
        draft.bridge(),
        draft.vlan(),
        0);
  }

  /** Why the draft cannot be created as it is (a name taken, no right, ...); empty when it can. */
  public List<Message> check(UserIdentity user, NetworkTarget.Draft draft) {
    if (!network.mayCreatePortGroup(user, draft.namespace())) {
      return List.of(Message.of("rvtools.network.not-allowed", draft.namespace()));
    }
    return network.checkPortGroup(portGroup(draft));
  }

  /** Creates the draft as the user: a task of New port group, with its request and YAML. */
  public Task create(UserIdentity user, NetworkTarget.Draft draft) {
    return network.run(user, network.prepareCreate(portGroup(draft)));
  }
}
