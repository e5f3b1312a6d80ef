package io.virtdeck.network;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A port group to create: a Linux bridge or OVN-Kubernetes localnet network, on a bridge or
 * physical network, with a VLAN (0: none) and an MTU (0: default).
 */
public record NewPortGroup(
    String name, String namespace, PortGroupType type, String network, int vlan, int mtu) {

  /** The types VirtDeck creates. */
  public static final List<PortGroupType> TYPES =
      List.of(PortGroupType.LINUX_BRIDGE, PortGroupType.OVN_LOCALNET);

  /** What is wrong with it, as sentences; empty when it can be sent. */
  public List<Message> problems() {
    List<Message> problems = new ArrayList<>(NetworkChecks.name("port group", name));
    if (namespace.isEmpty()) {
      problems.add(Message.of("net.invalid.namespace-empty"));
    }
    if (!TYPES.contains(type)) {
      problems.add(Message.of("net.invalid.type"));
    }
    problems.addAll(NetworkChecks.network(network));
    problems.addAll(NetworkChecks.vlan(vlan));
    problems.addAll(NetworkChecks.mtu(mtu));
    return List.copyOf(problems);
  }
}
