package io.virtdeck.network;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The network actions: whether a user may do one (their Kubernetes permissions), what is wrong with
 * the input or why it is refused (as sentences), the operation to show before confirming, and
 * running it as a task.
 */
@Service
public class NetworkOperations {

  private final ClusterCaches caches;
  private final PortGroups portGroups;
  private final AccessReviews reviews;
  private final TaskService tasks;

  public NetworkOperations(
      ClusterCaches caches, PortGroups portGroups, AccessReviews reviews, TaskService tasks) {
    this.caches = caches;
    this.portGroups = portGroups;
    this.reviews = reviews;
    this.tasks = tasks;
  }

  public boolean mayCreatePortGroup(UserIdentity user, String namespace) {
    return reviews.allowed(user, nads("create").in(namespace));
  }

  /** The namespaces where the user may create port groups, sorted (all asked at once). */
  public List<String> portGroupNamespaces(UserIdentity user) {
    return reviews.allowedNamespaces(user, nads("create"));
  }

  /** Whether "New port group…" is for this user: may create one in at least one namespace. */
  public boolean mayCreatePortGroupSomewhere(UserIdentity user) {
    return !portGroupNamespaces(user).isEmpty();
  }

  public boolean mayDeletePortGroup(UserIdentity user, ResourceKey key) {
    return reviews.allowed(user, nads("delete").in(key.namespace()).named(key.name()));
  }

  public boolean mayChangeNics(UserIdentity user, ResourceKey vm) {
    return reviews.allowed(
        user, AccessRequest.of("patch", "kubevirt.io", "virtualmachines").in(vm.namespace()));
  }

  private static AccessRequest nads(String verb) {
    return AccessRequest.of(verb, "k8s.cni.cncf.io", "network-attachment-definitions");
  }

  public PortGroupOperation prepareCreate(NewPortGroup group) {
    return PortGroupOperation.create(caches, group);
  }

  /**
   * What is wrong with a port group to create, as sentences: its fields and a name already taken in
   * its namespace (checked before sending, so that it is not refused by the cluster as a conflict).
   */
  public List<Message> checkPortGroup(NewPortGroup group) {
    List<Message> problems = new java.util.ArrayList<>(group.problems());
    if (!group.name().isEmpty()
        && !group.namespace().isEmpty()
        && portGroups
            .get(new ResourceKey(group.namespace(), group.name()), NamespaceScope.ALL)
            .isPresent()) {
      problems.add(Message.of("net.invalid.port-group-taken", group.name(), group.namespace()));
    }
    return List.copyOf(problems);
  }

  public PortGroupOperation prepareDelete(ResourceKey key) {
    return PortGroupOperation.delete(caches, key);
  }

  /**
   * Why the port group cannot be deleted: the VMs (of any namespace) that use it, named only where
   * the user may list VMs (the others are counted).
   */
  public Optional<Message> deleteRefusal(UserScopes scopes, ResourceKey key) {
    List<ResourceKey> users =
        portGroups.connected(key, UserScopes.ALL).stream().map(PortGroupVm::vm).distinct().toList();
    if (users.isEmpty()) {
      return Optional.empty();
    }
    List<String> named =
        users.stream()
            .filter(vm -> scopes.includes(CachedKind.VIRTUAL_MACHINES, vm.namespace()))
            .map(ResourceKey::toString)
            .toList();
    return Optional.of(
        named.size() == users.size()
            ? Message.of("net.delete.in-use", key.toString(), String.join(", ", named))
            : Message.of(
                "net.delete.in-use-hidden",
                key.toString(),
                String.valueOf(users.size() - named.size()),
                named.isEmpty() ? "" : "; " + String.join(", ", named)));
  }

  /** Why the VM cannot be connected to the port group; empty when it can. */
  public Optional<Message> connectRefusal(ResourceKey vm, PortGroup group) {
    if (!group.usableFrom(vm.namespace())) {
      return Optional.of(
          Message.of(
              "net.drop.namespace",
              vm.name(),
              vm.namespace(),
              group.name(),
              group.namespace(),
              PortGroup.GLOBAL_NAMESPACE));
    }
    return caches.virtualMachines().get(vm).isPresent()
        ? Optional.empty()
        : Optional.of(Message.of("task.failed.gone", vm.toString()));
  }

  /** The first free name nic-N on the VM. */
  public String suggestedNicName(ResourceKey vm) {
    List<String> names = portGroups.nics(vm).stream().map(NicRow::name).toList();
    int n = 1;
    while (names.contains("nic-" + n)) {
      n++;
    }
    return "nic-" + n;
  }

  /** What is wrong with a NIC to add: name, duplicate, MAC format and uniqueness in the cluster. */
  public List<Message> checkNic(ResourceKey vm, NewNic nic) {
    List<String> names = portGroups.nics(vm).stream().map(NicRow::name).toList();
    List<String> macs =
        caches.virtualMachines().list().stream()
            .flatMap(
                v ->
                    VmNicRows.of(v, null).stream()
                        .map(NicRow::macAddress)
                        .filter(m -> !m.isEmpty()))
            .collect(Collectors.toList());
    List<Message> problems =
        new java.util.ArrayList<>(NetworkChecks.nic(nic.name(), nic.macAddress(), names, macs));
    if (!NewNic.MODELS.contains(nic.model())) {
      problems.add(Message.of("net.invalid.model", nic.model()));
    }
    return List.copyOf(problems);
  }

  public NicOperation prepareAdd(ResourceKey vm, NewNic nic) {
    return NicOperation.add(caches, seen(vm), vm, nic);
  }

  /** Hot-unplug where the VM runs and the NIC allows it; else removal at the next start. */
  public NicOperation prepareRemove(ResourceKey vm, String nicName) {
    boolean live =
        portGroups.running(vm)
            && portGroups.nics(vm).stream()
                .anyMatch(n -> n.name().equals(nicName) && n.hotUnpluggable());
    return NicOperation.remove(caches, seen(vm), vm, nicName, live);
  }

  /** Connects the NIC to another port group; the one it is on now is tested when sent. */
  public NicOperation prepareReconnect(ResourceKey vm, String nicName, String networkName) {
    VirtualMachine seen = seen(vm);
    return prepareReconnect(vm, nicName, NicPatches.networkName(seen, nicName), networkName);
  }

  /**
   * Connects the NIC to another port group if it is still on {@code seenNetworkName} (what the user
   * saw when the dialog opened): a change made meanwhile fails with the 409 sentence.
   */
  public NicOperation prepareReconnect(
      ResourceKey vm, String nicName, String seenNetworkName, String networkName) {
    return NicOperation.reconnect(caches, seen(vm), vm, nicName, seenNetworkName, networkName);
  }

  private VirtualMachine seen(ResourceKey vm) {
    return caches
        .virtualMachines()
        .get(vm)
        .orElseThrow(() -> new IllegalArgumentException("No VM " + vm));
  }

  /** Runs a prepared operation as {@code user}; the server checks the permission again. */
  public Task run(UserIdentity user, io.virtdeck.task.Operation operation) {
    return tasks.submit(user, operation);
  }
}
