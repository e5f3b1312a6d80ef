package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Drives the snapshot and restore lifecycles from informers on VirtualMachineSnapshots and
 * VirtualMachineRestores, on the simulator's thread: each takes a few steps ({@link #STEPS}).
 */
final class SnapshotController {

  /** How many simulator steps a snapshot or a restore takes. */
  static final int STEPS = 4;

  private final KubernetesClient admin;
  private final SimWorker sim;
  private final SnapshotLifecycle snapshots;
  private final RestoreLifecycle restores;

  SnapshotController(
      KubernetesClient admin, SimEvents events, ScheduledExecutorService worker, Duration step) {
    this.admin = admin;
    this.sim = new SimWorker(worker, step.multipliedBy(STEPS));
    var writer = new StatusWriter(admin);
    this.snapshots = new SnapshotLifecycle(admin, events, writer);
    this.restores = new RestoreLifecycle(admin, events, writer);
  }

  /** Starts the informers; their handlers run on the worker. */
  List<SharedIndexInformer<GenericKubernetesResource>> start() {
    var snapshotInformer = Api.op(admin, Api.SNAPSHOT).inAnyNamespace().runnableInformer(0);
    snapshotInformer.addEventHandler(
        Tasks.handler(
            sim::run,
            s -> {
              if (snapshots.begin(s)) {
                sim.later("snapshot/" + key(s), () -> snapshots.finish(ns(s), name(s)));
              }
            },
            snapshots::deleted));
    var restoreInformer = Api.op(admin, Api.RESTORE).inAnyNamespace().runnableInformer(0);
    restoreInformer.addEventHandler(
        Tasks.handler(
            sim::run,
            r -> {
              if (restores.begin(r)) {
                sim.later("restore/" + key(r), () -> restores.finish(ns(r), name(r)));
              }
            },
            r -> {}));
    snapshotInformer.run();
    restoreInformer.run();
    return List.of(snapshotInformer, restoreInformer);
  }

  private static String ns(GenericKubernetesResource object) {
    return object.getMetadata().getNamespace();
  }

  private static String name(GenericKubernetesResource object) {
    return object.getMetadata().getName();
  }

  private static String key(GenericKubernetesResource object) {
    return ns(object) + "/" + name(object);
  }
}
