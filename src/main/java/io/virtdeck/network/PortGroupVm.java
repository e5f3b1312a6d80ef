package io.virtdeck.network;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;

/** A VM connected to a port group, through one of its NICs. */
public record PortGroupVm(
    ResourceKey vm, String nicName, String macAddress, List<String> ipAddresses) {

  public PortGroupVm {
    ipAddresses = List.copyOf(ipAddresses);
  }
}
