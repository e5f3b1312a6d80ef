package io.virtdeck.demo.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.demo.api.BulkWriter;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes VM and instance status at a set rate, as a busy cluster does: half the changes give a
 * running VM a new address, a quarter migrate it to another node, a quarter stop it; a stopped VM
 * picked is started (its instance appears, Running). Every 50 ms it makes a twentieth of a second's
 * share of changes. Each change is one or two writes, with watch events as from a controller.
 */
public final class ChurnGenerator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChurnGenerator.class);
  private static final int TICKS_PER_SECOND = 20;

  private final BulkWriter bulk;
  private final ScalePlan plan;
  private final int perSecond;
  private final int[] moves;
  private final int[] addressChanges;
  private final boolean[] running;
  private final SplittableRandom random = new SplittableRandom(42);
  private final AtomicLong changes = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("churn").factory());
  private double owed;

  public ChurnGenerator(BulkWriter bulk, ScalePlan plan, int perSecond) {
    this.bulk = bulk;
    this.plan = plan;
    this.perSecond = perSecond;
    this.moves = new int[plan.vms()];
    this.addressChanges = new int[plan.vms()];
    this.running = new boolean[plan.vms()];
    for (int i = 0; i < running.length; i++) {
      running[i] = ScalePlan.runsAtStart(i);
    }
  }

  /** Starts changing; does nothing when the rate is 0. */
  public void start() {
    if (perSecond > 0) {
      timer.scheduleAtFixedRate(this::tick, 50, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
      LOG.info("Churn: {} changes per second over {} VMs", perSecond, plan.vms());
    }
  }

  /** How many changes were made so far. */
  public long changes() {
    return changes.get();
  }

  private void tick() {
    try {
      owed += (double) perSecond / TICKS_PER_SECOND;
      for (; owed >= 1; owed--) {
        change(random.nextInt(plan.vms()));
        changes.incrementAndGet();
      }
    } catch (RuntimeException e) {
      LOG.warn("Churn change failed", e);
    }
  }

  void change(int i) {
    String ns = plan.namespaceOf(i);
    String name = ScalePlan.vmName(i);
    if (!running[i]) {
      running[i] = true;
      bulk.update(Paths.vms(ns), name, vm -> power(vm, true));
      bulk.create(Paths.vmis(ns), ScaleObjects.vmi(plan, i, moves[i], addressChanges[i]));
      return;
    }
    int dice = random.nextInt(4);
    if (dice == 0) {
      running[i] = false;
      bulk.delete(Paths.vmis(ns), name);
      bulk.update(Paths.vms(ns), name, vm -> power(vm, false));
      return;
    }
    if (dice == 1) {
      moves[i]++;
    } else {
      addressChanges[i]++;
    }
    var next = ScaleObjects.vmi(plan, i, moves[i], addressChanges[i]);
    bulk.update(Paths.vmis(ns), name, vmi -> withStatusOf(vmi, next));
  }

  private static GenericKubernetesResource power(GenericKubernetesResource vm, boolean on) {
    @SuppressWarnings("unchecked")
    var spec = new java.util.LinkedHashMap<>((Map<String, Object>) vm.get("spec"));
    spec.put("runStrategy", on ? "Always" : "Halted");
    vm.setAdditionalProperty("spec", spec);
    vm.setAdditionalProperty("status", ScaleStatus.vmStatus(on));
    return vm;
  }

  private static GenericKubernetesResource withStatusOf(
      GenericKubernetesResource vmi, GenericKubernetesResource next) {
    vmi.getMetadata().setLabels(next.getMetadata().getLabels());
    vmi.setAdditionalProperty("status", next.get("status"));
    return vmi;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
