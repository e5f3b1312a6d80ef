package io.virtdeck.rvtools;

import io.virtdeck.rvtools.plan.HostLimits;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.PlanContext;
import io.virtdeck.rvtools.plan.Planner;
import io.virtdeck.rvtools.plan.Readiness;
import io.virtdeck.rvtools.read.ReadResult;
import io.virtdeck.rvtools.read.RvToolsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and plans one RVTools file, for {@code MigrationPlannerIT} to run in a JVM with a small
 * heap: prints {@code PLANNED <vms> <ready> <needs work> <blocked>}, or the refusal, and exits 1.
 */
public final class BoundedPlan {

  private BoundedPlan() {}

  public static void main(String[] args) {
    ReadResult result = RvToolsReader.read(Path.of(args[0]));
    if (!(result instanceof ReadResult.Read read)) {
      System.out.println("REFUSED " + result);
      System.exit(1);
      return;
    }
    var context =
        new PlanContext(
            List.of(),
            "default",
            List.of(),
            "ceph-rbd",
            Map.of(),
            new HostLimits("h", 64, 512 * 1024));
    MigrationPlan plan = Planner.plan(read.estate(), context);
    System.out.printf(
        "PLANNED %d %d %d %d%n",
        plan.vms().size(),
        plan.count(Readiness.READY),
        plan.count(Readiness.NEEDS_WORK),
        plan.count(Readiness.BLOCKED));
  }
}
