package io.virtdeck.vm.rows;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;

/**
 * One VM as the inventory grid shows it. {@code vcpus} is 0 and {@code memoryBytes} -1 where the VM
 * takes them from an instance type VirtDeck has not resolved; {@code host} and {@code guestOs} are
 * empty when unknown; {@code template} when the VM is a template ({@link VmTemplates}).
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
    Instant created,
    boolean template) {

  /**
   * The i18n key of what the grid's power column says: the power state ({@code power.powered_off}),
   * or {@code power.template} for a template.
   */
  public String powerKey() {
    return "power."
        + (template ? "template" : powerState.name().toLowerCase(java.util.Locale.ROOT));
  }

  public String name() {
    return key.name();
  }

  public String namespace() {
    return key.namespace();
  }
}
