package io.virtdeck.network;

import io.virtdeck.cluster.ResourceKey;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Pure translation of a NetworkAttachmentDefinition's CNI configuration (a single plugin or a
 * config list with plugins) and annotations into a {@link PortGroup}. Never throws: a config it
 * cannot read becomes type {@link PortGroupType#UNKNOWN} with the raw text kept.
 */
public final class CniConfigs {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Chained plugins that adjust an interface rather than provide one. */
  private static final Set<String> META =
      Set.of("tuning", "portmap", "bandwidth", "firewall", "sbr", "vrf");

  private CniConfigs() {}

  public static PortGroup parse(
      ResourceKey key, @Nullable String config, @Nullable Map<String, String> annotations) {
    String raw = config == null ? "" : config;
    String resourceName =
        annotations == null ? "" : annotations.getOrDefault(PortGroup.RESOURCE_NAME, "");
    JsonNode root = read(raw);
    if (root == null || !root.isObject()) {
      return unknown(key, raw, resourceName);
    }
    JsonNode main = mainPlugin(root);
    if (main == null) {
      return unknown(key, raw, resourceName);
    }
    String type = text(main, "type");
    int mtu = number(main, "mtu");
    if (mtu == 0) {
      mtu = number(root, "mtu");
    }
    return switch (type) {
      case "bridge", "cnv-bridge" ->
          new PortGroup(
              key,
              PortGroupType.LINUX_BRIDGE,
              type,
              number(main, "vlan"),
              text(main, "bridge"),
              mtu,
              ipam(main),
              resourceName,
              raw);
      case "ovn-k8s-cni-overlay" -> ovn(key, main, mtu, resourceName, raw);
      case "macvtap" ->
          new PortGroup(
              key,
              PortGroupType.MACVTAP,
              type,
              0,
              first(text(main, "master"), suffix(resourceName)),
              mtu,
              ipam(main),
              resourceName,
              raw);
      case "sriov" ->
          new PortGroup(
              key,
              PortGroupType.SRIOV,
              type,
              number(main, "vlan"),
              resourceName,
              mtu,
              ipam(main),
              resourceName,
              raw);
      case "" -> unknown(key, raw, resourceName);
      default ->
          new PortGroup(
              key,
              PortGroupType.OTHER,
              type,
              number(main, "vlan"),
              first(text(main, "bridge"), text(main, "master")),
              mtu,
              ipam(main),
              resourceName,
              raw);
    };
  }

  private static PortGroup ovn(
      ResourceKey key, JsonNode main, int mtu, String resourceName, String raw) {
    String topology = text(main, "topology");
    PortGroupType type =
        switch (topology) {
          case "localnet" -> PortGroupType.OVN_LOCALNET;
          case "layer2" -> PortGroupType.OVN_LAYER2;
          default -> PortGroupType.OTHER;
        };
    String network =
        type == PortGroupType.OVN_LOCALNET
            ? first(text(main, "physicalNetworkName"), text(main, "name"))
            : text(main, "name");
    String subnets = text(main, "subnets");
    return new PortGroup(
        key,
        type,
        "ovn-k8s-cni-overlay",
        number(main, "vlanID"),
        network,
        mtu,
        subnets.isEmpty() ? ipam(main) : "OVN " + subnets,
        resourceName,
        raw);
  }

  private static PortGroup unknown(ResourceKey key, String raw, String resourceName) {
    return new PortGroup(key, PortGroupType.UNKNOWN, "", 0, "", 0, "", resourceName, raw);
  }

  private static @Nullable JsonNode read(String raw) {
    try {
      return raw.isBlank() ? null : JSON.readTree(raw);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The plugin that provides the interface: the config itself or the first non-meta plugin. */
  private static @Nullable JsonNode mainPlugin(JsonNode root) {
    JsonNode plugins = root.get("plugins");
    if (plugins == null) {
      return root;
    }
    if (!plugins.isArray()) {
      return null;
    }
    return StreamSupport.stream(plugins.spliterator(), false)
        .filter(p -> p.isObject() && !META.contains(text(p, "type")))
        .findFirst()
        .orElse(null);
  }

  /** The IPAM plugin and what it hands out, e.g. "whereabouts 10.10.0.0/24"; "" for none. */
  static String ipam(JsonNode plugin) {
    JsonNode ipam = plugin.get("ipam");
    if (ipam == null || !ipam.isObject() || text(ipam, "type").isEmpty()) {
      return "";
    }
    String range = first(text(ipam, "range"), text(ipam, "subnet"));
    JsonNode addresses = ipam.get("addresses");
    if (range.isEmpty() && addresses != null && addresses.isArray()) {
      range =
          StreamSupport.stream(addresses.spliterator(), false)
              .map(a -> text(a, "address"))
              .filter(a -> !a.isEmpty())
              .collect(Collectors.joining(", "));
    }
    return range.isEmpty() ? text(ipam, "type") : text(ipam, "type") + " " + range;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainer() ? "" : value.asString();
  }

  private static int number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return 0;
    }
    if (value.isNumber()) {
      return value.asInt();
    }
    try {
      return Integer.parseInt(value.asString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String first(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static String suffix(String resourceName) {
    int slash = resourceName.lastIndexOf('/');
    return slash < 0 ? resourceName : resourceName.substring(slash + 1);
  }
}
