package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The next status of a booting VMI: Pending, Scheduling, Scheduled, Running. */
final class VmiLifecycle {

  private static final Pattern VLAN = Pattern.compile("\"vlan\"\\s*:\\s*(\\d+)");

  private final KubernetesClient admin;
  private final NodePicker picker = new NodePicker();
  private final Map<String, Integer> nextHost = new HashMap<>();

  VmiLifecycle(KubernetesClient admin) {
    this.admin = admin;
  }

  static BigDecimal memory(GenericKubernetesResource vmi) {
    String guest = Api.get(vmi, "spec", "domain", "memory", "guest");
    if (guest == null) {
      guest = Api.get(vmi, "spec", "domain", "resources", "requests", "memory");
    }
    return guest == null ? BigDecimal.ZERO : new Quantity(guest).getNumericalAmount();
  }

  void placed(GenericKubernetesResource vmi) {
    String node = Api.get(vmi, "status", "nodeName");
    if (node != null) {
      picker.place(node, memory(vmi));
    }
  }

  void released(GenericKubernetesResource vmi) {
    String node = Api.get(vmi, "status", "nodeName");
    if (node != null) {
      picker.release(node, memory(vmi));
    }
  }

  /** The status patch that moves a VMI one phase on, or null when it stays where it is. */
  @Nullable Map<String, Object> next(
      GenericKubernetesResource vmi,
      @Nullable GenericKubernetesResource vm,
      List<Node> nodes,
      Instant now) {
    String phase = Api.get(vmi, "status", "phase");
    if (phase == null || phase.isEmpty()) {
      return map("phase", "Pending", "phaseTransitionTimestamps", List.of(stamp("Pending", now)));
    }
    return switch (phase) {
      case "Pending" -> map("phase", "Scheduling", "conditions", List.of());
      case "Scheduling" -> schedule(vmi, nodes, now);
      case "Scheduled" -> running(vmi, vm, nodes, now);
      default -> null;
    };
  }

  private @Nullable Map<String, Object> schedule(
      GenericKubernetesResource vmi, List<Node> nodes, Instant now) {
    var memory = memory(vmi);
    var node = picker.pick(nodes, memory);
    if (node.isEmpty()) {
      if (Statuses.unschedulable(vmi) != null) {
        return null;
      }
      return map(
          "conditions",
          List.of(
              Statuses.condition(
                  "PodScheduled",
                  "False",
                  "Unschedulable",
                  NodePicker.unschedulableMessage(nodes),
                  now)));
    }
    var name = node.get().getMetadata().getName();
    picker.place(name, memory);
    return map(
        "phase",
        "Scheduled",
        "nodeName",
        name,
        "conditions",
        List.of(Statuses.condition("PodScheduled", "True", "", "", now)));
  }

  private Map<String, Object> running(
      GenericKubernetesResource vmi,
      @Nullable GenericKubernetesResource vm,
      List<Node> nodes,
      Instant now) {
    var os = GuestOs.of(vm);
    List<Map<String, Object>> volumes = Api.get(vmi, "spec", "volumes");
    boolean agent =
        !os.windows()
            && volumes != null
            && volumes.stream()
                .anyMatch(
                    v ->
                        v.containsKey("cloudInitNoCloud") || v.containsKey("cloudInitConfigDrive"));
    String nodeName = Api.get(vmi, "status", "nodeName");
    int nodeIndex =
        Math.max(
            0,
            nodes.stream().map(n -> n.getMetadata().getName()).sorted().toList().indexOf(nodeName));
    var ips = new HashMap<String, String>();
    List<Map<String, Object>> networks = Api.get(vmi, "spec", "networks");
    for (var network : networks == null ? List.<Map<String, Object>>of() : networks) {
      var name = String.valueOf(network.get("name"));
      if (network.containsKey("pod")) {
        ips.put(name, address("10.244", nodeIndex * 16, "node-" + nodeIndex));
      } else if (multusAddress(vmi.getMetadata().getNamespace(), network) instanceof String ip) {
        ips.put(name, ip);
      }
    }
    var conditions = new java.util.ArrayList<Object>();
    conditions.add(Statuses.condition("Ready", "True", "", "", now));
    conditions.add(Migratability.condition(admin, vmi, now));
    if (agent) {
      conditions.add(Statuses.condition("AgentConnected", "True", "", "", now));
    }
    conditions.add(Statuses.condition("PodScheduled", "True", "", "", now));
    return map(
        "phase",
        "Running",
        "nodeName",
        nodeName,
        "conditions",
        conditions,
        "interfaces",
        Statuses.interfaces(vmi, ips, agent),
        "guestOSInfo",
        agent || os.windows() ? os.guestOsInfo() : map(),
        "launcherContainerImageVersion",
        Statuses.LAUNCHER_IMAGE,
        "qosClass",
        "Burstable",
        "migrationMethod",
        "BlockMigration",
        "migrationTransport",
        "Unix",
        "activePods",
        map("sim-" + vmi.getMetadata().getUid(), nodeName),
        "machine",
        map("type", "pc-q35-rhel9.6.0"),
        "memory",
        map(
            "guestAtBoot",
            Api.get(vmi, "spec", "domain", "memory", "guest"),
            "guestCurrent",
            Api.get(vmi, "spec", "domain", "memory", "guest")),
        "phaseTransitionTimestamps",
        List.of(stamp("Running", now)));
  }

  /** An address from the VLAN's range for a multus network of a VMI, or null when none. */
  @Nullable String multusAddress(String namespace, Map<String, Object> network) {
    Integer vlan =
        network.get("multus") instanceof Map<?, ?> multus
                && multus.get("networkName") instanceof String nad
            ? vlan(namespace, nad)
            : null;
    return vlan == null ? null : address("192.168", vlan % 256, "vlan-" + vlan);
  }

  private String address(String prefix, int thirdBase, String pool) {
    int host = nextHost.merge(pool, 1, Integer::sum) - 1;
    return "%s.%d.%d".formatted(prefix, (thirdBase + host / 250) % 256, host % 250 + 2);
  }

  private @Nullable Integer vlan(String namespace, String networkName) {
    var parts = networkName.split("/", 2);
    var ns = parts.length == 2 ? parts[0] : namespace;
    var name = parts.length == 2 ? parts[1] : parts[0];
    var nad = Api.op(admin, Api.NAD).inNamespace(ns).withName(name).get();
    String config = Api.get(nad, "spec", "config");
    if (config == null) {
      return null;
    }
    var matcher = VLAN.matcher(config);
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : 0;
  }

  private static Map<String, Object> stamp(String phase, Instant now) {
    return map("phase", phase, "phaseTransitionTimestamp", now.toString());
  }
}
