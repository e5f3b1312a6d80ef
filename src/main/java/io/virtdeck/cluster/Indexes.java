package io.virtdeck.cluster;

import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.List;

/** Names and functions of the cache indexes beyond the namespace. */
public final class Indexes {

  /** VMIs by the node (host) they run on. */
  public static final String BY_NODE = "byNode";

  private Indexes() {}

  static List<String> nodeOf(VirtualMachineInstance vmi) {
    var status = vmi.getStatus();
    return status == null || status.nodeName == null ? List.of() : List.of(status.nodeName);
  }
}
