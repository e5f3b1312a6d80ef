package io.virtdeck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.lab.LabFacts.PortGroup;
import io.virtdeck.lab.LabFacts.Snapshot;
import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of step condition, met and not met. */
class StepConditionTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private final FakeFacts facts = new FakeFacts();

  @Test
  void vmPowerIsMetInThatStateOnly() {
    var on = new StepCondition.VmPower(WEB, PowerState.POWERED_ON);
    assertThat(on.met(facts)).as("a VM the user cannot see").isFalse();
    facts.power.put(WEB, PowerState.STARTING);
    assertThat(on.met(facts)).isFalse();
    facts.power.put(WEB, PowerState.POWERED_ON);
    assertThat(on.met(facts)).isTrue();
    assertThat(new StepCondition.VmPower(WEB, PowerState.POWERED_OFF).met(facts)).isFalse();
  }

  @Test
  void aPortGroupOfTheVlanInTheNamespaceNamedOrAny() {
    facts.portGroups.add(new PortGroup("finance", "vlan-30", 30));
    assertThat(new StepCondition.PortGroupVlan("shop", 30).met(facts)).isFalse();
    assertThat(new StepCondition.PortGroupVlan(null, 30).met(facts)).isTrue();
    facts.portGroups.add(new PortGroup("shop", "pg-30", 30));
    assertThat(new StepCondition.PortGroupVlan("shop", 30).met(facts)).isTrue();
    assertThat(new StepCondition.PortGroupVlan("shop", 31).met(facts)).isFalse();
  }

  @Test
  void aNicOnTheNamedPortGroupOrOnOneOfTheVlan() {
    facts.portGroups.add(new PortGroup("shop", "pg-30", 30));
    facts.portGroups.add(new PortGroup("finance", "other-30", 30));
    var byVlan = new StepCondition.NicOnPortGroup(WEB, "", 30);
    var byName = new StepCondition.NicOnPortGroup(WEB, "pg-30", 0);
    facts.nics.put(WEB, List.of("", "finance/other-30"));
    assertThat(byVlan.met(facts)).as("another namespace's port group, named so").isTrue();
    assertThat(byName.met(facts)).isFalse();
    facts.nics.put(WEB, List.of("", "pg-30"));
    assertThat(byVlan.met(facts)).isTrue();
    assertThat(byName.met(facts)).isTrue();
    facts.nics.put(WEB, List.of("", "vlan-100"));
    assertThat(byVlan.met(facts)).isFalse();
  }

  @Test
  void aSnapshotMustBeReadyAndARestoreComplete() {
    var snapshot = new StepCondition.SnapshotReady(WEB);
    facts.snapshots.put(WEB, List.of(new Snapshot("s1", false)));
    assertThat(snapshot.met(facts)).isFalse();
    facts.snapshots.put(WEB, List.of(new Snapshot("s1", false), new Snapshot("s2", true)));
    assertThat(snapshot.met(facts)).isTrue();

    var restore = new StepCondition.RestoreComplete(WEB);
    assertThat(restore.met(facts)).isFalse();
    facts.restores.put(WEB, 1L);
    assertThat(restore.met(facts)).isTrue();
  }

  @Test
  void migratedNeedsASucceededMigrationOfThatVm() {
    var migrated = new StepCondition.Migrated(WEB);
    facts.migrations.put(WEB, List.of("Running"));
    assertThat(migrated.met(facts)).isFalse();
    facts.migrations.put(new ResourceKey("shop", "web-02"), List.of("Succeeded"));
    assertThat(migrated.met(facts)).isFalse();
    facts.migrations.put(WEB, List.of("Failed", "Succeeded"));
    assertThat(migrated.met(facts)).isTrue();
  }

  @Test
  void aLabelWithThatValue() {
    var label = new StepCondition.VmLabel(WEB, "owner", "team-a");
    facts.labels.put(WEB, Map.of("owner", "team-b"));
    assertThat(label.met(facts)).isFalse();
    facts.labels.put(WEB, Map.of("owner", "team-a", "tier", "web"));
    assertThat(label.met(facts)).isTrue();
  }
}
