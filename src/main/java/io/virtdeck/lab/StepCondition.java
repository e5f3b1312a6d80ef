package io.virtdeck.lab;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What makes a lab step done, checked against what the user may see of the cluster ({@link
 * LabFacts}); each is met or not, whether the user clicked or typed kubectl.
 */
public sealed interface StepCondition {

  boolean met(LabFacts facts);

  /** The VM is in this power state (on, off, suspended). */
  record VmPower(ResourceKey vm, PowerState state) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.power(vm).filter(state::equals).isPresent();
    }
  }

  /** A port group with this VLAN exists (in the namespace, if one is named). */
  record PortGroupVlan(@Nullable String namespace, int vlan) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.portGroups().stream()
          .anyMatch(
              p -> p.vlan() == vlan && (namespace == null || namespace.equals(p.namespace())));
    }
  }

  /**
   * The VM has a network adapter on the port group named (its NetworkAttachmentDefinition), or,
   * with no name, on any port group of the VLAN.
   */
  record NicOnPortGroup(ResourceKey vm, String portGroup, int vlan) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.nicNetworks(vm).stream().anyMatch(n -> matches(n, facts));
    }

    private boolean matches(String network, LabFacts facts) {
      String namespace =
          network.contains("/") ? network.substring(0, network.indexOf('/')) : vm.namespace();
      String name = network.substring(network.indexOf('/') + 1);
      if (!portGroup.isEmpty()) {
        return name.equals(portGroup);
      }
      return facts.portGroups().stream()
          .anyMatch(
              p -> p.namespace().equals(namespace) && p.name().equals(name) && p.vlan() == vlan);
    }
  }

  /** A snapshot of the VM is ready to use. */
  record SnapshotReady(ResourceKey vm) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.snapshots(vm).stream().anyMatch(LabFacts.Snapshot::ready);
    }
  }

  /** A revert of the VM to one of its snapshots (a VirtualMachineRestore) has completed. */
  record RestoreComplete(ResourceKey vm) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.restoresComplete(vm) > 0;
    }
  }

  /** A live migration of the VM succeeded: its instance runs on another host than before. */
  record Migrated(ResourceKey vm) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      return facts.migrationPhases(vm).contains("Succeeded");
    }
  }

  /** The VM has the label (a vSphere tag) with this value. */
  record VmLabel(ResourceKey vm, String key, String value) implements StepCondition {
    @Override
    public boolean met(LabFacts facts) {
      Map<String, String> labels = facts.labels(vm);
      return value.equals(labels.get(key));
    }
  }
}
