package io.virtdeck.network;

import io.virtdeck.task.Manifests;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/** Pure builders of the NetworkAttachmentDefinition for a new port group, as JSON and YAML. */
public final class NadManifests {

  private static final ObjectMapper PRETTY_JSON = new ObjectMapper();

  private NadManifests() {}

  /** The CNI configuration: a bridge with a VLAN, or an OVN-Kubernetes localnet network. */
  public static String cniConfig(NewPortGroup group) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("cniVersion", "0.3.1");
    config.put("name", group.name());
    if (group.type() == PortGroupType.OVN_LOCALNET) {
      config.put("type", "ovn-k8s-cni-overlay");
      config.put("topology", "localnet");
      config.put("netAttachDefName", group.namespace() + "/" + group.name());
      config.put("physicalNetworkName", group.network());
      if (group.vlan() > 0) {
        config.put("vlanID", group.vlan());
      }
    } else {
      config.put("type", "bridge");
      config.put("bridge", group.network());
      if (group.vlan() > 0) {
        config.put("vlan", group.vlan());
      }
      config.put("macspoofchk", true);
      config.put("ipam", Map.of());
    }
    if (group.mtu() > 0) {
      config.put("mtu", group.mtu());
    }
    return PRETTY_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config);
  }

  /** The whole object, as a map ready to be written as JSON or YAML. */
  static Map<String, Object> object(NewPortGroup group) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", group.name());
    metadata.put("namespace", group.namespace());
    if (group.type() == PortGroupType.LINUX_BRIDGE) {
      metadata.put(
          "annotations",
          Map.of(PortGroup.RESOURCE_NAME, "bridge.network.kubevirt.io/" + group.network()));
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "k8s.cni.cncf.io/v1");
    object.put("kind", "NetworkAttachmentDefinition");
    object.put("metadata", metadata);
    object.put("spec", Map.of("config", cniConfig(group)));
    return object;
  }

  public static String json(NewPortGroup group) {
    return Manifests.json(object(group));
  }

  public static String yaml(NewPortGroup group) {
    return Manifests.yaml(object(group));
  }
}
