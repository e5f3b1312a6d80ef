package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import java.util.Map;

/**
 * What a clone starts from: a VM, or one of its snapshots; with the VM's MAC addresses (by
 * interface name) and SMBIOS serial as they are now, which the clone keeps when asked to.
 *
 * @param key the VM or the snapshot
 * @param snapshot whether {@code key} names a VirtualMachineSnapshot
 * @param vm the VM (the snapshot's source)
 * @param serial the serial, empty when the VM sets none
 * @param labelled whether the VM has labels (a JSON patch adds a label to a map that exists)
 * @param legacyRunning whether the VM sets the deprecated {@code spec.running} instead of a run
 *     strategy (the two exclude each other)
 */
public record CloneSource(
    ResourceKey key,
    boolean snapshot,
    ResourceKey vm,
    Map<String, String> macs,
    String serial,
    boolean labelled,
    boolean legacyRunning) {

  public CloneSource {
    macs = Map.copyOf(macs);
  }

  /** The kind of object the clone's {@code spec.source} names. */
  String kind() {
    return snapshot ? "VirtualMachineSnapshot" : "VirtualMachine";
  }

  String apiGroup() {
    return snapshot ? "snapshot.kubevirt.io" : "kubevirt.io";
  }
}
