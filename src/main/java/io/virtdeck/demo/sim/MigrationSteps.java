package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The next step of a VirtualMachineInstanceMigration, as virt-controller and virt-handler take it:
 * Pending, Scheduling, Scheduled, PreparingTarget, TargetReady, Running, Succeeded (or Failed with
 * KubeVirt's reason), with the instance's {@code status.migrationState} along the way. Pure: the
 * controller reads the objects and writes what this returns.
 */
final class MigrationSteps {

  /** KubeVirt's defaults: parallel migrations per cluster, outbound per node. */
  static final int PER_CLUSTER = 5;

  static final int PER_NODE = 2;

  /** Phases in which a migration counts against the parallel limits. */
  static final Set<String> IN_FLIGHT =
      Set.of("Scheduling", "Scheduled", "PreparingTarget", "TargetReady", "Running");

  /** An event to record: on the instance, or else on the migration. */
  record Event(boolean warning, String reason, String message, boolean onVmi) {}

  /** What to write: the migration's status patch, the instance's (or null), and an event. */
  record Step(
      Map<String, Object> migration, @Nullable Map<String, Object> vmi, @Nullable Event event) {}

  /** How many migrations are in flight in the cluster and from the migration's source node. */
  record Load(int cluster, int fromSource) {}

  private MigrationSteps() {}

  static boolean inFlight(@Nullable String phase) {
    return phase != null && IN_FLIGHT.contains(phase);
  }

  static @Nullable Step next(
      GenericKubernetesResource migration,
      @Nullable GenericKubernetesResource vmi,
      MigrationTargets targets,
      Load load,
      Instant now) {
    String phase = Api.get(migration, "status", "phase");
    if (vmi == null || !"Running".equals(Api.get(vmi, "status", "phase"))) {
      return phase == null || IN_FLIGHT.contains(phase) || "Pending".equals(phase)
          ? failed(now, "VMI is not running", null)
          : null;
    }
    String source = Api.get(vmi, "status", "nodeName");
    if (phase == null || phase.isEmpty()) {
      Map<String, Object> notMigratable = notMigratable(vmi);
      if (notMigratable != null) {
        return failed(
            now,
            "Cannot migrate VMI, Reason: %s, Message: %s"
                .formatted(notMigratable.get("reason"), notMigratable.get("message")),
            null);
      }
      return new Step(phase("Pending", now, map("sourceNode", source)), null, null);
    }
    return switch (phase) {
      case "Pending" ->
          load.cluster() < PER_CLUSTER && load.fromSource() < PER_NODE
              ? new Step(phase("Scheduling", now, map()), null, null)
              : null;
      case "Scheduling" -> schedule(migration, vmi, source, targets, now);
      case "Scheduled" -> new Step(phase("PreparingTarget", now, map()), null, null);
      case "PreparingTarget" ->
          new Step(
              phase("TargetReady", now, map()),
              null,
              new Event(
                  false,
                  "PreparingTarget",
                  "VirtualMachineInstance Migration Target Prepared.",
                  true));
      case "TargetReady" -> {
        var started = map("startTimestamp", now.toString());
        yield new Step(
            phase("Running", now, started),
            map("migrationState", started),
            new Event(false, "Migrating", "VirtualMachineInstance is migrating.", true));
      }
      case "Running" -> succeeded(migration, now);
      default -> null;
    };
  }

  private static Step schedule(
      GenericKubernetesResource migration,
      GenericKubernetesResource vmi,
      @Nullable String source,
      MigrationTargets targets,
      Instant now) {
    Map<String, String> selector = Api.get(migration, "spec", "addedNodeSelector");
    var wanted = selector == null ? Map.<String, String>of() : selector;
    var memory = VmiLifecycle.memory(vmi);
    var target = targets.pick(String.valueOf(source), wanted, memory);
    if (target.isEmpty()) {
      String why = targets.unschedulableMessage(String.valueOf(source), wanted, memory);
      return failed(
          now,
          why,
          new Event(
              true,
              "migrationTargetPodUnschedulable",
              "Migration target pod for VMI [%s/%s] is currently unschedulable. %s"
                  .formatted(vmi.getMetadata().getNamespace(), vmi.getMetadata().getName(), why),
              false));
    }
    String node = target.get().getMetadata().getName();
    String uid = String.valueOf(migration.getMetadata().getUid());
    var state =
        map(
            "migrationUid",
            uid,
            "sourceNode",
            source,
            "targetNode",
            node,
            "targetPod",
            "virt-launcher-" + vmi.getMetadata().getName() + "-" + suffix(uid),
            "mode",
            "PreCopy",
            "completed",
            false,
            "failed",
            false);
    return new Step(phase("Scheduled", now, state), map("migrationState", state), null);
  }

  private static Step succeeded(GenericKubernetesResource migration, Instant now) {
    String target = Api.get(migration, "status", "migrationState", "targetNode");
    var done = map("endTimestamp", now.toString(), "completed", true);
    return new Step(
        phase("Succeeded", now, done),
        map("nodeName", target, "migrationState", done),
        new Event(
            false,
            "Migrated",
            "The VirtualMachineInstance migrated to node " + target + ".",
            true));
  }

  private static Step failed(Instant now, String reason, @Nullable Event event) {
    var state = map("failed", true, "completed", true, "failureReason", reason);
    var status = phase("Failed", now, state);
    status.put(
        "conditions",
        List.of(Statuses.condition("Failed", "True", "MigrationFailed", reason, now)));
    return new Step(
        status, null, event == null ? new Event(true, "FailedMigration", reason, false) : event);
  }

  private static Map<String, Object> phase(String phase, Instant now, Map<String, Object> state) {
    var status = map("phase", phase);
    status.put(
        "phaseTransitionTimestamps",
        List.of(map("phase", phase, "phaseTransitionTimestamp", now.toString())));
    if (!state.isEmpty()) {
      status.put("migrationState", state);
    }
    return status;
  }

  private static @Nullable Map<String, Object> notMigratable(GenericKubernetesResource vmi) {
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(c -> "LiveMigratable".equals(c.get("type")) && "False".equals(c.get("status")))
        .findFirst()
        .orElse(null);
  }

  private static String suffix(String uid) {
    String clean = uid.replace("-", "");
    return clean.length() >= 5 ? clean.substring(clean.length() - 5) : "abcde";
  }
}
