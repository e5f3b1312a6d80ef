package io.virtdeck.network;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.util.List;
import java.util.Optional;

/**
 * A change of one VM's NICs as a JSON patch built from the VM the user saw (it tests the NIC names
 * it touches, so a NIC list changed meanwhile is refused with 409 and the user told to look again),
 * followed in the cache until the instance shows it or the VM says a restart is required.
 */
public final class NicOperation extends VmOperation {

  private final ClusterCaches caches;
  private final NicChange change;
  private final String nicName;
  private final String networkName;
  private final String patch;

  NicOperation(
      ClusterCaches caches,
      VirtualMachine seen,
      ResourceKey vm,
      NicChange change,
      String nicName,
      String networkName,
      String patch) {
    super(vm);
    this.caches = caches;
    this.change = change;
    this.nicName = nicName;
    this.networkName = networkName;
    this.patch = patch;
  }

  static NicOperation add(ClusterCaches caches, VirtualMachine seen, ResourceKey vm, NewNic nic) {
    return new NicOperation(
        caches, seen, vm, NicChange.ADD, nic.name(), nic.networkName(), NicPatches.add(seen, nic));
  }

  static NicOperation remove(
      ClusterCaches caches, VirtualMachine seen, ResourceKey vm, String nic, boolean live) {
    return live
        ? new NicOperation(
            caches, seen, vm, NicChange.UNPLUG, nic, "", NicPatches.unplug(seen, nic))
        : new NicOperation(
            caches, seen, vm, NicChange.REMOVE, nic, "", NicPatches.remove(seen, nic));
  }

  static NicOperation reconnect(
      ClusterCaches caches,
      VirtualMachine seen,
      ResourceKey vm,
      String nic,
      String seenNetwork,
      String network) {
    return new NicOperation(
        caches,
        seen,
        vm,
        NicChange.RECONNECT,
        nic,
        network,
        NicPatches.reconnect(seen, nic, seenNetwork, network));
  }

  public NicChange change() {
    return change;
  }

  @Override
  public String titleKey() {
    return change.titleKey();
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "patch", "kubevirt.io", "virtualmachines", "", vm.namespace(), vm.name());
  }

  @Override
  public ApiCall call() {
    return NetworkCommands.patchVm(vm, patch);
  }

  @Override
  public List<String> commands() {
    return NetworkCommands.patchVmCommands(vm, patch);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.virtualMachines().get(vm));
  }

  @Override
  public Outcome progress() {
    Optional<VirtualMachine> now = caches.virtualMachines().get(vm);
    if (now.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", vm.toString()));
    }
    var vmi = caches.virtualMachineInstances().get(vm).orElse(null);
    Optional<NicRow> nic =
        VmNicRows.of(now.get(), vmi).stream().filter(n -> n.name().equals(nicName)).findFirst();
    boolean restart = VmNicRows.restartRequired(now.get());
    return switch (change) {
      case ADD ->
          nic.map(
                  n ->
                      n.state() == NicRow.State.ACTIVE || n.state() == NicRow.State.PENDING_RESTART
                          ? Outcome.completed()
                          : (Outcome) new Outcome.Pending(50))
              .orElse(Outcome.pending());
      case UNPLUG ->
          nic.isEmpty() || (vmi == null) || restart ? Outcome.completed() : Outcome.pending();
      case REMOVE ->
          nic.isEmpty() || nic.get().state() == NicRow.State.REMOVED_AT_RESTART
              ? Outcome.completed()
              : Outcome.pending();
      case RECONNECT ->
          nic.filter(n -> n.networkName().equals(networkName)).isPresent()
              ? Outcome.completed()
              : Outcome.pending();
    };
  }
}
