package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.util.List;
import java.util.Objects;

/**
 * Edit Settings as a task: a JSON patch of the VM's changed paths; done once the cache holds a
 * newer version of the VM than the one the user edited.
 */
public final class EditSettingsOperation extends VmOperation {

  private final ClusterCaches caches;
  private final String seenVersion;
  private final String patch;
  private final List<Message> effects;

  EditSettingsOperation(
      ClusterCaches caches,
      ResourceKey vm,
      String seenVersion,
      String patch,
      List<Message> effects) {
    super(vm);
    this.caches = caches;
    this.seenVersion = seenVersion;
    this.patch = patch;
    this.effects = List.copyOf(effects);
  }

  /** What the change will do (hot-plug, next restart, power off), as sentences. */
  public List<Message> effects() {
    return effects;
  }

  @Override
  public String titleKey() {
    return "task.edit_settings";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "patch", "kubevirt.io", "virtualmachines", "", vm.namespace(), vm.name());
  }

  @Override
  public ApiCall call() {
    return ProvisionCommands.patchVm(vm, patch);
  }

  @Override
  public List<String> commands() {
    return ProvisionCommands.patchVmCommands(vm, patch);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.virtualMachines().get(vm));
  }

  @Override
  public Outcome progress() {
    var seen = caches.virtualMachines().get(vm);
    if (seen.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", vm.toString()));
    }
    return Objects.equals(seen.get().getMetadata().getResourceVersion(), seenVersion)
        ? Outcome.pending()
        : Outcome.completed();
  }
}
