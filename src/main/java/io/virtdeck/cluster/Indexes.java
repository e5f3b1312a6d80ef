package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.List;

/** Names and functions of the cache indexes beyond the namespace. */
public final class Indexes {

  /** VMIs by the node (host) they run on. */
  public static final String BY_NODE = "byNode";

  /** Events by the object they are about: {@code namespace/name}. */
  public static final String BY_INVOLVED_OBJECT = "byInvolvedObject";

  private Indexes() {}

  /** The index value for events about the object {@code namespace/name}. */
  public static String involved(String namespace, String name) {
    return namespace + "/" + name;
  }

  static List<String> involvedObjectOf(Event event) {
    var involved = event.getInvolvedObject();
    return involved == null || involved.getName() == null
        ? List.of()
        : List.of(involved(String.valueOf(involved.getNamespace()), involved.getName()));
  }

  static List<String> nodeOf(VirtualMachineInstance vmi) {
    var status = vmi.getStatus();
    return status == null || status.nodeName == null ? List.of() : List.of(status.nodeName);
  }
}
