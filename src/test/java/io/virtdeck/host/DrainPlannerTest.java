package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.host.DrainPlanner.Candidate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrainPlannerTest {

  private static ResourceKey vm(int i) {
    return new ResourceKey("shop", "vm-" + i);
  }

  private static List<Candidate> movable(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Candidate(vm(i), true, "")).toList();
  }

  @Test
  void twoOutboundPerHostTheRestQueued() {
    var plan = DrainPlanner.plan(movable(5), Set.of(), 0, NonMigratableOption.SHUT_DOWN);
    assertThat(plan.migrateNow()).containsExactly(vm(0), vm(1));
    assertThat(plan.queued()).containsExactly(vm(2), vm(3), vm(4));
  }

  @Test
  void migrationsUnderWayTakeTheirSlots() {
    var plan = DrainPlanner.plan(movable(5), Set.of(vm(0)), 1, NonMigratableOption.SHUT_DOWN);
    assertThat(plan.migrateNow()).containsExactly(vm(1));
    assertThat(plan.queued()).containsExactly(vm(2), vm(3), vm(4));
  }

  @Test
  void fivePerClusterLimitHolds() {
    var plan = DrainPlanner.plan(movable(3), Set.of(), 4, NonMigratableOption.SHUT_DOWN);
    assertThat(plan.migrateNow()).containsExactly(vm(0));
    assertThat(
            DrainPlanner.plan(movable(3), Set.of(), 5, NonMigratableOption.SHUT_DOWN).migrateNow())
        .isEmpty();
  }

  @Test
  void nonMigratableVmsGetTheChosenOption() {
    var stuck = new Candidate(vm(9), false, "DisksNotLiveMigratable");
    var onHost = List.of(stuck, new Candidate(vm(1), true, ""));
    var stop = DrainPlanner.plan(onHost, Set.of(), 0, NonMigratableOption.POWER_OFF);
    assertThat(stop.stop()).containsExactly(vm(9));
    assertThat(stop.migrateNow()).containsExactly(vm(1));
    var leave = DrainPlanner.plan(onHost, Set.of(), 0, NonMigratableOption.LEAVE_AND_WAIT);
    assertThat(leave.stop()).isEmpty();
    assertThat(leave.blocked()).containsExactly(stuck);
  }
}
