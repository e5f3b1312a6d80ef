package io.virtdeck.network;

import io.virtdeck.cluster.ResourceKey;

/**
 * A port group as its Summary shows it, read from a NetworkAttachmentDefinition's CNI config and
 * annotations. {@code vlan} and {@code mtu} are 0 when not set; {@code network} is the bridge,
 * physical network or host device; {@code cniType} is the plugin's type ("" when unreadable);
 * {@code rawConfig} is the config as stored, shown where it cannot be read.
 */
public record PortGroup(
    ResourceKey key,
    PortGroupType type,
    String cniType,
    int vlan,
    String network,
    int mtu,
    String ipam,
    String resourceName,
    String rawConfig) {

  /** The annotation that names the device plugin resource a port group needs. */
  public static final String RESOURCE_NAME = "k8s.v1.cni.cncf.io/resourceName";

  /** The namespace whose port groups every namespace may use (Multus' global namespace). */
  public static final String GLOBAL_NAMESPACE = "default";

  public String name() {
    return key.name();
  }

  public String namespace() {
    return key.namespace();
  }

  /** Whether the config could not be read (shown as "unknown" with the raw JSON). */
  public boolean unreadable() {
    return type == PortGroupType.UNKNOWN;
  }

  /** Whether a VM in {@code vmNamespace} may attach to it: same namespace or the global one. */
  public boolean usableFrom(String vmNamespace) {
    return namespace().equals(vmNamespace) || GLOBAL_NAMESPACE.equals(namespace());
  }

  /** The multus {@code networkName} a VM in {@code vmNamespace} uses for it. */
  public String networkNameFrom(String vmNamespace) {
    return namespace().equals(vmNamespace) ? name() : namespace() + "/" + name();
  }
}
