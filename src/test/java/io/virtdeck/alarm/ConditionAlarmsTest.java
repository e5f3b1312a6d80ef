package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.GenericStatusResources;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import io.virtdeck.storage.Amount;
import io.virtdeck.storage.Capacity;
import io.virtdeck.storage.CapacitySource;
import io.virtdeck.storage.Datastore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionAlarmsTest {

  private static final String T0 = "2026-12-07T08:00:00Z";

  private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T named(
      T object, String namespace, String name, String created) {
    object.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withNamespace(namespace)
            .withName(name)
            .withCreationTimestamp(created)
            .build());
    return object;
  }

  private static List<Alarm> of(
      List<VirtualMachineInstance> vmis,
      List<VirtualMachineSnapshot> snapshots,
      List<VirtualMachineInstanceMigration> migrations,
      List<Node> nodes,
      List<Datastore> datastores) {
    return ConditionAlarms.of(
        new ConditionAlarms.Inputs(List.of(), vmis, snapshots, migrations, nodes, datastores));
  }

  @Test
  void aVmThatCannotBeScheduledIsRedWithTheSchedulersMessage() {
    var vmi = named(new VirtualMachineInstance(), "dev", "analytics-xl-01", T0);
    var status = new VirtualMachineInstance.Status();
    var condition = new Condition();
    condition.type = "PodScheduled";
    condition.status = "False";
    condition.reason = "Unschedulable";
    condition.message = "0/4 nodes are available: 4 Insufficient memory.";
    condition.lastTransitionTime = "2026-12-07T08:05:00Z";
    status.conditions = List.of(condition);
    vmi.setStatus(status);

    var alarms = of(List.of(vmi), List.of(), List.of(), List.of(), List.of());

    assertThat(alarms)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.target()).isEqualTo(AlarmTarget.vm("dev", "analytics-xl-01"));
              assertThat(a.severity()).isEqualTo(AlarmSeverity.CRITICAL);
              assertThat(a.name()).isEqualTo("alarm.condition.unschedulable");
              assertThat(a.description()).contains("Insufficient memory");
              assertThat(a.since()).isEqualTo(Instant.parse("2026-12-07T08:05:00Z"));
            });
  }

  @Test
  void aFailedSnapshotWarnsOnItsVm() {
    var snapshot = named(new VirtualMachineSnapshot(), "dev", "ci-snap", T0);
    var spec = new VirtualMachineSnapshot.Spec();
    spec.source = Map.of("kind", "VirtualMachine", "name", "ci-runner-01");
    snapshot.setSpec(spec);
    var status = new VirtualMachineSnapshot.Status();
    status.phase = "Failed";
    status.error = Map.of("message", "no VolumeSnapshotClass for local-path");
    snapshot.setStatus(status);

    var alarm = of(List.of(), List.of(snapshot), List.of(), List.of(), List.of()).getFirst();

    assertThat(alarm.target()).isEqualTo(AlarmTarget.vm("dev", "ci-runner-01"));
    assertThat(alarm.severity()).isEqualTo(AlarmSeverity.WARNING);
    assertThat(alarm.description()).isEqualTo("ci-snap: no VolumeSnapshotClass for local-path");
    assertThat(alarm.id()).isEqualTo("condition/snapshot-failed/vm/dev/ci-runner-01/ci-snap");
  }

  private static VirtualMachineInstanceMigration migration(
      String name, String created, String phase) {
    var migration = named(new VirtualMachineInstanceMigration(), "shop", name, created);
    var spec = new GenericStatusResources.Body();
    spec.setAdditionalProperty("vmiName", "web-01");
    migration.setSpec(spec);
    var status = new GenericStatusResources.Body();
    status.setAdditionalProperty("phase", phase);
    migration.setStatus(status);
    return migration;
  }

  @Test
  void onlyAVmsLatestMigrationCounts() {
    var failed = migration("m1", "2026-12-07T08:00:00Z", "Failed");
    var succeeded = migration("m2", "2026-12-07T09:00:00Z", "Succeeded");

    assertThat(of(List.of(), List.of(), List.of(failed), List.of(), List.of()))
        .extracting(Alarm::name)
        .containsExactly("alarm.condition.migration-failed");
    assertThat(of(List.of(), List.of(), List.of(failed, succeeded), List.of(), List.of()))
        .isEmpty();
  }

  private static Datastore datastore(String name, long used, long capacity) {
    return new Datastore(
        name,
        false,
        "p",
        "Delete",
        "Immediate",
        false,
        "",
        new Capacity(
            new Amount(capacity, CapacitySource.values()[0]),
            Amount.UNKNOWN,
            new Amount(used, CapacitySource.values()[0]),
            Amount.UNKNOWN));
  }

  @Test
  void datastoresWarnOverEightyAndAreRedOverNinetyFivePercent() {
    var alarms =
        of(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                datastore("a", 79, 100),
                datastore("b", 80, 100),
                datastore("c", 96, 100),
                datastore("unknown", 10, -1)));

    assertThat(alarms)
        .extracting(a -> a.target().name() + " " + a.severity())
        .containsExactly("b WARNING", "c CRITICAL");
  }

  @Test
  void aHostWhoseNodeIsNotReadyIsRed() {
    Node ready = node("worker-01", "True");
    Node down = node("worker-02", "Unknown");

    var alarms = of(List.of(), List.of(), List.of(), List.of(ready, down), List.of());

    assertThat(alarms)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.target()).isEqualTo(AlarmTarget.host("worker-02"));
              assertThat(a.severity()).isEqualTo(AlarmSeverity.CRITICAL);
              assertThat(a.description()).isEqualTo("Kubelet stopped posting node status.");
            });
  }

  private static Node node(String name, String ready) {
    return new NodeBuilder()
        .withNewMetadata()
        .withName(name)
        .withCreationTimestamp(T0)
        .endMetadata()
        .withNewStatus()
        .addNewCondition()
        .withType("Ready")
        .withStatus(ready)
        .withMessage(ready.equals("True") ? "ok" : "Kubelet stopped posting node status.")
        .withLastTransitionTime(T0)
        .endCondition()
        .endStatus()
        .build();
  }
}
