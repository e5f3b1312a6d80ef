package io.virtdeck.network;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.NetworkAttachmentDefinition;
import io.virtdeck.cluster.model.VirtualMachine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The port groups as the views read them: the NetworkAttachmentDefinitions a user may list, read
 * into {@link PortGroup}s, the VMs connected to each, and a VM's network adapters.
 */
@Service
public class PortGroups {

  /** The key that stands for "VM Network", the pod network. */
  public static final ResourceKey POD_NETWORK = new ResourceKey("", "");

  private final ClusterCaches caches;
  private final AccessReviews reviews;

  public PortGroups(ClusterCaches caches, AccessReviews reviews) {
    this.caches = caches;
    this.reviews = reviews;
  }

  /** The namespaces whose port groups {@code user} may see. */
  public NamespaceScope visibleTo(UserIdentity user) {
    return reviews.scope(user, CachedKind.NETWORK_ATTACHMENT_DEFINITIONS);
  }

  public List<PortGroup> list(NamespaceScope scope) {
    return caches.networkAttachmentDefinitions().list().stream()
        .filter(nad -> scope.includes(nad.getMetadata().getNamespace()))
        .map(PortGroups::read)
        .sorted(Comparator.comparing(PortGroup::key))
        .toList();
  }

  public Optional<PortGroup> get(ResourceKey key, NamespaceScope scope) {
    if (!scope.includes(key.namespace())) {
      return Optional.empty();
    }
    return caches.networkAttachmentDefinitions().get(key).map(PortGroups::read);
  }

  static PortGroup read(NetworkAttachmentDefinition nad) {
    return CniConfigs.parse(
        Keys.of(nad),
        nad.getSpec() == null ? null : nad.getSpec().config,
        nad.getMetadata().getAnnotations());
  }

  /**
   * The VMs the user may list with a NIC on the port group (or the pod network); their addresses
   * only where they may list the VMs' instances.
   */
  public List<PortGroupVm> connected(ResourceKey portGroup, UserScopes scopes) {
    NamespaceScope vmScope = scopes.of(CachedKind.VIRTUAL_MACHINES);
    List<PortGroupVm> result = new ArrayList<>();
    for (VirtualMachine vm : caches.virtualMachines().list()) {
      ResourceKey key = Keys.of(vm);
      if (!vmScope.includes(key.namespace())) {
        continue;
      }
      for (NicRow nic : nics(key, scopes)) {
        if (portGroup.equals(portGroupOf(key.namespace(), nic.networkName()))) {
          result.add(new PortGroupVm(key, nic.name(), nic.macAddress(), nic.ipAddresses()));
        }
      }
    }
    result.sort(Comparator.comparing(PortGroupVm::vm).thenComparing(PortGroupVm::nicName));
    return result;
  }

  /** The port group a multus network name of a VM in {@code vmNamespace} refers to. */
  public static ResourceKey portGroupOf(String vmNamespace, String networkName) {
    if (networkName.isEmpty()) {
      return POD_NETWORK;
    }
    int slash = networkName.indexOf('/');
    return slash < 0
        ? new ResourceKey(vmNamespace, networkName)
        : new ResourceKey(networkName.substring(0, slash), networkName.substring(slash + 1));
  }

  /**
   * A VM's network adapters, with what is pending (VirtDeck's own view, for checks); empty when the
   * VM is unknown.
   */
  public List<NicRow> nics(ResourceKey vm) {
    return nics(vm, UserScopes.ALL);
  }

  /**
   * A VM's network adapters as the user may see them: none outside their VM scope, and only what
   * the VM says (no addresses, link state or pending changes from its instance) where they may not
   * list instances.
   */
  public List<NicRow> nics(ResourceKey vm, UserScopes scopes) {
    if (!scopes.includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())) {
      return List.of();
    }
    var vmi =
        scopes.includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, vm.namespace())
            ? caches.virtualMachineInstances().get(vm).orElse(null)
            : null;
    return caches.virtualMachines().get(vm).map(v -> VmNicRows.of(v, vmi)).orElse(List.of());
  }

  /** Whether the VM currently runs (an instance exists). */
  public boolean running(ResourceKey vm) {
    return caches.virtualMachineInstances().get(vm).isPresent();
  }

  /** Keys of port groups that were added, changed or deleted. */
  public Flux<ResourceKey> portGroupChanges() {
    return caches.networkAttachmentDefinitions().changes().map(ResourceEvent::key);
  }

  /** The cluster's namespaces, sorted. */
  public List<String> namespaces() {
    return caches.namespaces().list().stream()
        .map(ns -> ns.getMetadata().getName())
        .sorted()
        .toList();
  }

  /** Keys of port groups, VMs and instances that changed. */
  public Flux<ResourceKey> changes() {
    return Flux.merge(
        caches.networkAttachmentDefinitions().changes().map(ResourceEvent::key),
        caches.virtualMachines().changes().map(ResourceEvent::key),
        caches.virtualMachineInstances().changes().map(ResourceEvent::key));
  }
}
