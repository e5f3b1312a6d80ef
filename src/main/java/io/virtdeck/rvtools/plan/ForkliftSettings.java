package io.virtdeck.rvtools.plan;

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

  public static ForkliftSettings defaults(String targetNamespace) {
    return new ForkliftSettings(
        "openshift-mtv", "vsphere", "host", targetNamespace, "rvtools-plan");
  }
}
