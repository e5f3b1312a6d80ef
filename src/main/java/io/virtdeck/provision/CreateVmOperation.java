package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.util.List;
import java.util.Map;

/** Creates a VM from its manifest; done once the cache holds it. */
public final class CreateVmOperation extends VmOperation {

  private final ClusterCaches caches;
  private final Map<String, Object> manifest;
  private final String titleKey;

  CreateVmOperation(
      ClusterCaches caches, ResourceKey vm, Map<String, Object> manifest, String titleKey) {
    super(vm);
    this.caches = caches;
    this.manifest = manifest;
    this.titleKey = titleKey;
  }

  public Map<String, Object> manifest() {
    return manifest;
  }

  @Override
  public String titleKey() {
    return titleKey;
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest("create", "kubevirt.io", "virtualmachines", "", vm.namespace(), "");
  }

  @Override
  public ApiCall call() {
    return ApiCall.post(ProvisionCommands.VMS.formatted(vm.namespace()), JsonPatch.json(manifest));
  }

  @Override
  public List<String> commands() {
    return List.of(ProvisionCommands.createCommand(manifest));
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.virtualMachines().get(vm));
  }

  @Override
  public Outcome progress() {
    return caches.virtualMachines().get(vm).isPresent() ? Outcome.completed() : Outcome.pending();
  }
}
