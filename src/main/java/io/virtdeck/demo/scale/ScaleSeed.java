package io.virtdeck.demo.scale;

import io.virtdeck.demo.api.BulkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a {@link ScalePlan} into the demo API server's store in bulk (no per-object scan). */
public final class ScaleSeed {

  private static final Logger LOG = LoggerFactory.getLogger(ScaleSeed.class);

  private ScaleSeed() {}

  /** Seeds every object of the plan; running VMs get their instance, Running on a node. */
  public static void seed(BulkWriter bulk, ScalePlan plan) {
    long start = System.nanoTime();
    for (int n = 0; n < plan.namespaces(); n++) {
      bulk.create(Paths.NAMESPACES, ScaleInfra.namespace(n));
    }
    for (int n = 0; n < plan.nodes(); n++) {
      bulk.create(Paths.NODES, ScaleInfra.node(n));
    }
    for (int n = 0; n < plan.portGroups(); n++) {
      var nad = ScaleInfra.portGroup(plan, n);
      bulk.create(Paths.nads(nad.getMetadata().getNamespace()), nad);
    }
    for (int i = 0; i < plan.vms(); i++) {
      String ns = plan.namespaceOf(i);
      boolean running = ScalePlan.runsAtStart(i);
      bulk.create(Paths.vms(ns), ScaleObjects.vm(plan, i, running));
      if (running) {
        bulk.create(Paths.vmis(ns), ScaleObjects.vmi(plan, i, 0, 0));
      }
      if (ScalePlan.hasDisk(i)) {
        bulk.create(Paths.dataVolumes(ns), ScaleObjects.dataVolume(plan, i));
        bulk.create(Paths.claims(ns), ScaleObjects.claim(plan, i));
      }
    }
    for (int n = 0; n < plan.snapshots(); n++) {
      var snapshot = ScaleInfra.snapshot(plan, n);
      bulk.create(Paths.snapshots(snapshot.getMetadata().getNamespace()), snapshot);
    }
    LOG.info("Seeded scale inventory in {} ms: {}", (System.nanoTime() - start) / 1_000_000, plan);
  }
}
