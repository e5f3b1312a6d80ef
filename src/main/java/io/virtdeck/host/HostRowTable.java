package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * The hosts as rows, shared by every session: a host's row is made again only when its node or an
 * instance on it (before or after the change) changed, not each time a view asks, so that Hosts
 * trees open in many sessions under a steady stream of changes cost one recount per changed host.
 */
final class HostRowTable {

  private final ClusterCaches caches;
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final Map<String, HostRow> rows = new HashMap<>();
  private final Disposable changes;
  private boolean loaded;
  private List<HostRow> sorted = List.of();

  HostRowTable(ClusterCaches caches) {
    this.caches = caches;
    this.changes =
        Flux.merge(
                caches.nodes().changes().map(e -> List.of(e.key().name())),
                caches.virtualMachineInstances().changes().map(HostRowTable::nodesOf))
            .subscribe(dirty::addAll);
  }

  /** The nodes an instance's change touches: where it runs, and where it ran before. */
  static List<String> nodesOf(ResourceEvent<VirtualMachineInstance> event) {
    List<String> nodes = new ArrayList<>(2);
    nodeOf(event.object(), nodes);
    VirtualMachineInstance previous = event.previous();
    if (previous != null) {
      nodeOf(previous, nodes);
    }
    return nodes;
  }

  private static void nodeOf(VirtualMachineInstance vmi, List<String> nodes) {
    if (vmi.getStatus() != null && vmi.getStatus().nodeName != null) {
      nodes.add(vmi.getStatus().nodeName);
    }
  }

  /** Every host, by name. */
  synchronized List<HostRow> rows() {
    if (!loaded) {
      loaded = true;
      dirty.clear();
      caches.nodes().list().forEach(node -> rows.put(node.getMetadata().getName(), row(node)));
      sort();
    } else if (!dirty.isEmpty()) {
      for (String name : List.copyOf(dirty)) {
        dirty.remove(name);
        caches
            .nodes()
            .get(ResourceKey.cluster(name))
            .ifPresentOrElse(node -> rows.put(name, row(node)), () -> rows.remove(name));
      }
      sort();
    }
    return sorted;
  }

  synchronized Optional<HostRow> row(String name) {
    rows();
    return Optional.ofNullable(rows.get(name));
  }

  private HostRow row(Node node) {
    return HostRows.of(
        node,
        caches.virtualMachineInstances().byIndex(Indexes.BY_NODE, node.getMetadata().getName()));
  }

  private void sort() {
    sorted = rows.values().stream().sorted(Comparator.comparing(HostRow::name)).toList();
  }

  void close() {
    changes.dispose();
  }
}
