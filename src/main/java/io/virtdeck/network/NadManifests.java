package io.virtdeck.network;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Pure builders of the NetworkAttachmentDefinition for a new port group, as JSON and YAML. */
public final class NadManifests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .build();

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
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config);
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
    return write(JSON, object(group));
  }

  public static String yaml(NewPortGroup group) {
    return write(YAML, object(group));
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }
}
