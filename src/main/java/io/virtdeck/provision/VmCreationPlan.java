package io.virtdeck.provision;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure: what creating a checked new VM means: its cloud-init Secret (when any customization is
 * asked) and the VM, in that order, as operations, and as the YAML and kubectl commands the
 * wizard's last step shows (the Secret's data masked).
 */
public record VmCreationPlan(NewVm vm, Catalog catalog) {

  /** The VM's manifest, naming the chosen instance type and preference with their kinds. */
  public Map<String, Object> vmManifest() {
    String typeKind =
        catalog.instanceType(vm.instanceType()).map(InstanceTypeRow::kind).orElse(null);
    String preferenceKind =
        catalog.preference(vm.preference()).map(PreferenceRow::kind).orElse(null);
    return NewVmManifests.vm(vm, typeKind, preferenceKind);
  }

  /** The Secret's creation, when the guest is customized. */
  public Optional<CreateSecretOperation> secret() {
    return vm.guest().any()
        ? Optional.of(
            new CreateSecretOperation(
                new ResourceKey(vm.namespace(), vm.cloudInitSecret()), NewVmManifests.secret(vm)))
        : Optional.empty();
  }

  /** The operations, one per object, in the order they are sent. */
  public List<Operation> operations(ClusterCaches caches) {
    List<Operation> operations = new ArrayList<>();
    secret().ifPresent(operations::add);
    operations.add(
        new CreateVmOperation(
            caches, new ResourceKey(vm.namespace(), vm.name()), vmManifest(), "task.create_vm"));
    return operations;
  }

  /** The objects as YAML documents, the Secret's data masked. */
  public String yaml() {
    StringBuilder yaml = new StringBuilder();
    secret().ifPresent(s -> yaml.append(Serialization.asYaml(s.shownManifest())));
    yaml.append(Serialization.asYaml(vmManifest()));
    return yaml.toString();
  }

  /** The kubectl commands that create the same objects, the Secret's data masked. */
  public List<String> commands() {
    List<String> commands = new ArrayList<>();
    secret().ifPresent(s -> commands.addAll(s.commands()));
    commands.add(ProvisionCommands.createCommand(vmManifest()));
    return commands;
  }

  /** The kinds and names of the objects, in order, for the summary. */
  public List<String> objects() {
    List<String> objects = new ArrayList<>();
    secret().ifPresent(s -> objects.add("Secret " + vm.cloudInitSecret()));
    objects.add("VirtualMachine " + vm.name());
    return objects;
  }
}
