package io.virtdeck.rvtools.plan;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the draft Forklift objects go and what they refer to: the namespace Forklift (MTV) runs in,
 * the vSphere source Provider's name there, the destination Provider (Forklift's own "host"
 * provider is this cluster), the namespace the VMs land in, and the plan's name (also the maps').
 */
public record ForkliftSettings(
    String namespace,
    String sourceProvider,
    String destinationProvider,
    String targetNamespace,
    String planName) {

  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** The longest name Kubernetes takes for a namespace or an object named by a label. */
  public static final int NAME_MAX = 63;

  /** The longest plan name: the maps are named after it with "-network" and "-storage". */
  public static final int PLAN_NAME_MAX = NAME_MAX - "-network".length();

  /**
   * Why the names typed for Forklift cannot be used (empty, too long, not a DNS-1123 label), one
   * message per field, keyed {@code rvtools.forklift.<field>.invalid}; empty when all can.
   */
  public List<Message> problems() {
    List<Message> found = new ArrayList<>();
    check(found, "namespace", namespace, NAME_MAX);
    check(found, "provider", sourceProvider, NAME_MAX);
    check(found, "target", targetNamespace, NAME_MAX);
    check(found, "name", planName, PLAN_NAME_MAX);
    return found;
  }

  private static void check(List<Message> found, String field, String name, int max) {
    if (name.length() > max || !DNS_1123_LABEL.matcher(name).matches()) {
      found.add(Message.of("rvtools.forklift." + field + ".invalid", String.valueOf(max)));
    }
  }

  public static ForkliftSettings defaults(String targetNamespace) {
    return new ForkliftSettings(
        "openshift-mtv", "vsphere", "host", targetNamespace, "rvtools-plan");
  }
}
