package io.virtdeck.vm;

import io.fabric8.kubernetes.api.model.Event;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.EventFields;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The Events of a VM and its VMI, newest first, and a stream saying when they change. */
@Service
public class VmEvents {

  private static final Set<String> KINDS = Set.of("VirtualMachine", "VirtualMachineInstance");

  private final ClusterCaches caches;

  public VmEvents(ClusterCaches caches) {
    this.caches = caches;
  }

  /**
   * The Events about the VM and its instance as the user may see them: none unless they may list
   * both the VM and Events in its namespace.
   */
  public List<VmEvent> of(ResourceKey vm, UserScopes scopes) {
    if (!scopes.includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())
        || !scopes.includes(CachedKind.EVENTS, vm.namespace())) {
      return List.of();
    }
    return caches
        .events()
        .byIndex(Indexes.BY_INVOLVED_OBJECT, Indexes.involved(vm.namespace(), vm.name()))
        .stream()
        .filter(e -> KINDS.contains(e.getInvolvedObject().getKind()))
        .map(VmEvents::toRow)
        .sorted(Comparator.comparing(VmEvent::time).reversed())
        .toList();
  }

  /** Emits whenever an Event about {@code vm} is added or changed. */
  public Flux<ResourceKey> changes(ResourceKey vm) {
    return caches
        .events()
        .changes()
        .filter(
            change ->
                vm.namespace().equals(change.object().getInvolvedObject().getNamespace())
                    && vm.name().equals(change.object().getInvolvedObject().getName()))
        .map(change -> vm);
  }

  static VmEvent toRow(Event event) {
    return new VmEvent(
        EventFields.time(event),
        String.valueOf(event.getType()),
        String.valueOf(event.getReason()),
        event.getInvolvedObject().getKind(),
        String.valueOf(event.getMessage()),
        EventFields.source(event));
  }
}
