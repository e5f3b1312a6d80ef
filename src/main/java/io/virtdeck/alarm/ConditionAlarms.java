package io.virtdeck.alarm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import io.virtdeck.host.Migrations;
import io.virtdeck.snapshot.SnapshotRows;
import io.virtdeck.storage.Datastore;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The alarms VirtDeck raises from what its caches show, pure: a VM that cannot be scheduled (red),
 * a failed snapshot (yellow), a VM whose latest migration failed (yellow), a datastore over 80 %
 * (yellow) or 95 % full (red), a host whose node is not Ready (red).
 */
final class ConditionAlarms {

  /** The objects conditions are read from. */
  record Inputs(
      Collection<VirtualMachine> vms,
      Collection<VirtualMachineInstance> vmis,
      Collection<VirtualMachineSnapshot> snapshots,
      Collection<VirtualMachineInstanceMigration> migrations,
      Collection<Node> nodes,
      Collection<Datastore> datastores) {}

  static final String UNSCHEDULABLE = "alarm.condition.unschedulable";
  static final String SNAPSHOT_FAILED = "alarm.condition.snapshot-failed";
  static final String MIGRATION_FAILED = "alarm.condition.migration-failed";

  static final double WARNING_FULL = 0.80;
  static final double CRITICAL_FULL = 0.95;

  private ConditionAlarms() {}

  static List<Alarm> of(Inputs in) {
    List<Alarm> alarms = new ArrayList<>();
    in.vmis().forEach(vmi -> unschedulable(vmi).ifPresent(alarms::add));
    in.snapshots().forEach(snapshot -> failedSnapshot(snapshot).ifPresent(alarms::add));
    failedMigrations(in.migrations(), alarms);
    in.datastores().forEach(datastore -> full(datastore).ifPresent(alarms::add));
    in.nodes().forEach(node -> notReady(node).ifPresent(alarms::add));
    return alarms;
  }

  static Optional<Alarm> unschedulable(VirtualMachineInstance vmi) {
    var status = vmi.getStatus();
    if (status == null || status.conditions == null) {
      return Optional.empty();
    }
    return status.conditions.stream()
        .filter(c -> "PodScheduled".equals(c.type) && "False".equals(c.status))
        .findFirst()
        .map(
            c ->
                alarm(
                    "unschedulable",
                    AlarmSeverity.CRITICAL,
                    AlarmTarget.vm(namespace(vmi), name(vmi)),
                    "",
                    Objects.requireNonNullElse(c.message, ""),
                    since(c.lastTransitionTime, vmi)));
  }

  static Optional<Alarm> failedSnapshot(VirtualMachineSnapshot snapshot) {
    var status = snapshot.getStatus();
    if (status == null || !"Failed".equals(status.phase)) {
      return Optional.empty();
    }
    String reason =
        status.error != null && status.error.get("message") != null
            ? String.valueOf(status.error.get("message"))
            : failure(status.conditions);
    return Optional.of(
        alarm(
            "snapshot-failed",
            AlarmSeverity.WARNING,
            AlarmTarget.vm(namespace(snapshot), SnapshotRows.vmName(snapshot)),
            name(snapshot),
            name(snapshot) + ": " + reason,
            since(null, snapshot)));
  }

  /** A VM's latest migration, when it failed. */
  private static void failedMigrations(
      Collection<VirtualMachineInstanceMigration> migrations, List<Alarm> alarms) {
    Map<String, VirtualMachineInstanceMigration> latest = new HashMap<>();
    Comparator<VirtualMachineInstanceMigration> order = Comparator.comparing(m -> since(null, m));
    for (var migration : migrations) {
      String vm = Migrations.vmiName(migration);
      if (vm != null) {
        latest.merge(
            namespace(migration) + "/" + vm, migration, (a, b) -> order.compare(a, b) >= 0 ? a : b);
      }
    }
    latest.values().stream()
        .filter(m -> "Failed".equals(Migrations.phase(m)))
        .map(
            m ->
                alarm(
                    "migration-failed",
                    AlarmSeverity.WARNING,
                    AlarmTarget.vm(namespace(m), Objects.requireNonNull(Migrations.vmiName(m))),
                    "",
                    name(m) + ": " + Migrations.failureReason(m),
                    since(null, m)))
        .forEach(alarms::add);
  }

  static Optional<Alarm> full(Datastore datastore) {
    double used = datastore.capacity().usedFraction();
    if (used < WARNING_FULL) {
      return Optional.empty();
    }
    boolean critical = used >= CRITICAL_FULL;
    return Optional.of(
        alarm(
            critical ? "datastore-full-critical" : "datastore-full-warning",
            critical ? AlarmSeverity.CRITICAL : AlarmSeverity.WARNING,
            AlarmTarget.datastore(datastore.name()),
            "",
            Math.round(used * 100) + " %",
            Instant.EPOCH));
  }

  static Optional<Alarm> notReady(Node node) {
    List<NodeCondition> conditions =
        node.getStatus() == null || node.getStatus().getConditions() == null
            ? List.of()
            : node.getStatus().getConditions();
    var ready = conditions.stream().filter(c -> "Ready".equals(c.getType())).findFirst();
    if (ready.isPresent() && "True".equals(ready.get().getStatus())) {
      return Optional.empty();
    }
    String message =
        ready.map(c -> Objects.requireNonNullElse(c.getMessage(), c.getStatus())).orElse("");
    return Optional.of(
        alarm(
            "host-not-ready",
            AlarmSeverity.CRITICAL,
            AlarmTarget.host(name(node)),
            "",
            message,
            since(ready.map(NodeCondition::getLastTransitionTime).orElse(null), node)));
  }

  private static Alarm alarm(
      String condition,
      AlarmSeverity severity,
      AlarmTarget target,
      String instance,
      String description,
      Instant since) {
    String id =
        "condition/" + condition + "/" + target.path() + (instance.isEmpty() ? "" : "/" + instance);
    return new Alarm(
        id,
        severity,
        Alarm.Source.CONDITION,
        target,
        "alarm.condition." + condition,
        description,
        since,
        null);
  }

  private static String failure(@Nullable List<Condition> conditions) {
    return conditions == null
        ? ""
        : conditions.stream()
            .filter(c -> "Failure".equals(c.type) && c.holds())
            .map(c -> Objects.requireNonNullElse(c.message, ""))
            .findFirst()
            .orElse("");
  }

  private static Instant since(@Nullable String timestamp, HasMetadata object) {
    for (String candidate :
        Stream.of(timestamp, object.getMetadata().getCreationTimestamp()).toList()) {
      if (candidate != null) {
        try {
          return KubeValues.instant(candidate);
        } catch (DateTimeException unreadable) {
          // try the next one
        }
      }
    }
    return Instant.EPOCH;
  }

  private static String namespace(HasMetadata object) {
    return Objects.requireNonNullElse(object.getMetadata().getNamespace(), "");
  }

  private static String name(HasMetadata object) {
    return Objects.requireNonNullElse(object.getMetadata().getName(), "");
  }
}
