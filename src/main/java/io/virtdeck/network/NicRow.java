package io.virtdeck.network;

import java.util.List;
import java.util.Locale;

/**
 * A VM's network adapter as Configure → Virtual hardware shows it: {@code networkName} is "" for
 * the pod network ("VM Network"), else the multus network name; {@code linkState} is up, down or ""
 * when unknown.
 */
public record NicRow(
    String name,
    String networkName,
    String binding,
    String model,
    String macAddress,
    List<String> ipAddresses,
    String linkState,
    State state) {

  /** Where the adapter stands between the VM's spec and its running instance. */
  public enum State {
    /** As the spec says (running, or the VM is off). */
    ACTIVE,
    /** Added to a running VM; KubeVirt is plugging it in. */
    PLUGGING,
    /** Changed in the spec in a way that takes effect at the next restart. */
    PENDING_RESTART,
    /** Marked absent; KubeVirt is unplugging it. */
    UNPLUGGING,
    /** Removed from the spec, still on the running instance until the next restart. */
    REMOVED_AT_RESTART;

    public String labelKey() {
      return "net.nic.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  public NicRow {
    ipAddresses = List.copyOf(ipAddresses);
  }

  public boolean podNetwork() {
    return networkName.isEmpty();
  }

  /** Whether KubeVirt can unplug it live: bridge binding on a multus network. */
  public boolean hotUnpluggable() {
    return "bridge".equals(binding) && !podNetwork();
  }
}
