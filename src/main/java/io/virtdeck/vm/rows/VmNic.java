package io.virtdeck.vm.rows;

import java.util.List;

/**
 * A network adapter: {@code network} is empty for the pod network ("VM Network"), else the
 * NetworkAttachmentDefinition it connects to; {@code binding} is masquerade, bridge or sriov.
 */
public record VmNic(
    String name,
    String network,
    String binding,
    String model,
    String macAddress,
    List<String> ipAddresses) {

  public boolean podNetwork() {
    return network.isEmpty();
  }
}
