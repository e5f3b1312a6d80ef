package io.virtdeck.vm.rows;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;

/**
 * One VM as the inventory grid shows it. {@code vcpus} is 0 and {@code memoryBytes} -1 where the VM
 * takes them from an instance type VirtDeck has not resolved; {@code host} and {@code guestOs} are
 * empty when unknown.
 */
public record VmRow(
    ResourceKey key,
    PowerState powerState,
    String status,
    String host,
    List<String> ipAddresses,
    String guestOs,
    int vcpus,
    long memoryBytes,
    Instant created) {

  public String name() {
    return key.name();
  }

  public String namespace() {
    return key.namespace();
  }
}
