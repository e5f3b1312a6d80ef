package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Pure functions from VMs and VMIs to the status KubeVirt would write. */
final class Statuses {

  static final String LAUNCHER_IMAGE = "quay.io/kubevirt/virt-launcher:v1.6.2";

  private Statuses() {}

  /** Whether the VM asks to run: true, false, or null when the simulator should not act. */
  static @Nullable Boolean wantsRunning(GenericKubernetesResource vm) {
    String strategy = Api.get(vm, "spec", "runStrategy");
    if (strategy != null) {
      return switch (strategy) {
        case "Always", "RerunOnFailure", "Once" -> true;
        case "Halted" -> false;
        default -> null;
      };
    }
    Object running = Api.get(vm, "spec", "running");
    return running instanceof Boolean b ? b : null;
  }

  static @Nullable Map<String, Object> unschedulable(@Nullable GenericKubernetesResource vmi) {
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(
            c -> "PodScheduled".equals(c.get("type")) && "Unschedulable".equals(c.get("reason")))
        .findFirst()
        .orElse(null);
  }

  /** The VMI's {@code Paused} condition when it is True (paused by the user), else null. */
  static @Nullable Map<String, Object> paused(@Nullable GenericKubernetesResource vmi) {
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(c -> "Paused".equals(c.get("type")) && "True".equals(c.get("status")))
        .findFirst()
        .orElse(null);
  }

  /**
   * The VM status for its spec and its VMI (null: none); stopping when the VMI is being removed.
   */
  static Map<String, Object> vmStatus(
      boolean wants, @Nullable GenericKubernetesResource vmi, Instant now) {
    String phase = vmi == null ? null : Api.get(vmi, "status", "phase");
    var unschedulable = unschedulable(vmi);
    String printable;
    if (vmi == null) {
      printable = wants ? "Starting" : "Stopped";
    } else if (!wants) {
      printable = "Stopping";
    } else if ("Running".equals(phase)) {
      printable = paused(vmi) != null ? "Paused" : migrating(vmi) ? "Migrating" : "Running";
    } else if (unschedulable != null) {
      printable = "ErrorUnschedulable";
    } else {
      printable = "Starting";
    }
    boolean ready =
        printable.equals("Running") || printable.equals("Paused") || printable.equals("Migrating");
    var conditions = new ArrayList<Object>();
    conditions.add(
        ready
            ? condition("Ready", "True", "", "", now)
            : condition(
                "Ready",
                "False",
                vmi == null ? "VMINotExists" : "PodNotReady",
                vmi == null ? "VMI does not exist" : "VMI is not ready",
                now));
    if (unschedulable != null && wants) {
      conditions.add(unschedulable);
    }
    var paused = paused(vmi);
    if (paused != null && wants) {
      conditions.add(paused);
    }
    List<Map<String, Object>> vmiConditions = Api.get(vmi, "status", "conditions");
    if (ready && vmiConditions != null) {
      vmiConditions.stream()
          .filter(c -> "AgentConnected".equals(c.get("type")))
          .forEach(conditions::add);
    }
    return map(
        "printableStatus",
        printable,
        "ready",
        ready,
        "created",
        vmi != null,
        "conditions",
        conditions);
  }

  /** Whether a live migration of the VMI has started and not completed. */
  static boolean migrating(GenericKubernetesResource vmi) {
    Object started = Api.get(vmi, "status", "migrationState", "startTimestamp");
    Object completed = Api.get(vmi, "status", "migrationState", "completed");
    return started != null && !Boolean.TRUE.equals(completed);
  }

  /** Whether the VM's current status already says what the wanted one says. */
  static boolean sameVmStatus(GenericKubernetesResource vm, Map<String, Object> wanted) {
    return Objects.equals(Api.get(vm, "status", "printableStatus"), wanted.get("printableStatus"))
        && Objects.equals(Api.get(vm, "status", "ready"), wanted.get("ready"))
        && Objects.equals(Api.get(vm, "status", "created"), wanted.get("created"));
  }

  static Map<String, Object> condition(
      String type, String status, String reason, String message, Instant now) {
    return map(
        "type",
        type,
        "status",
        status,
        "reason",
        reason,
        "message",
        message,
        "lastProbeTime",
        null,
        "lastTransitionTime",
        now.toString());
  }

  /** The VMI spec KubeVirt derives from the VM template. */
  static Map<String, Object> vmiBody(GenericKubernetesResource vm) {
    Map<String, Object> spec = Api.get(vm, "spec", "template", "spec");
    return map("spec", spec == null ? map() : spec);
  }

  /** Interfaces for a Running VMI: one per spec interface, with the given IPs per network. */
  static List<Object> interfaces(
      GenericKubernetesResource vmi, Map<String, String> ips, boolean agent) {
    List<Map<String, Object>> specInterfaces =
        Api.get(vmi, "spec", "domain", "devices", "interfaces");
    var result = new ArrayList<Object>();
    if (specInterfaces == null) {
      return result;
    }
    int index = 0;
    for (var nic : specInterfaces) {
      var name = String.valueOf(nic.get("name"));
      var mac =
          nic.get("macAddress") instanceof String m
              ? m
              : "02:%02x:%02x:00:00:%02x"
                  .formatted(
                      Math.abs(vmi.getMetadata().getName().hashCode()) % 256,
                      Math.abs(vmi.getMetadata().getNamespace().hashCode()) % 256,
                      index);
      var ip = ips.get(name);
      result.add(
          map(
              "name",
              name,
              "interfaceName",
              "eth" + index,
              "ipAddress",
              ip,
              "ipAddresses",
              ip == null ? null : List.of(ip),
              "mac",
              mac,
              "linkState",
              "up",
              "queueCount",
              1,
              "infoSource",
              agent ? "domain, guest-agent" : "domain"));
      index++;
    }
    return result;
  }
}
