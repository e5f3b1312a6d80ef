package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Drives the clone lifecycle ({@link CloneLifecycle}) from an informer on VirtualMachineClones, on
 * the simulator's thread: each phase lasts {@link #STEPS} simulator steps.
 */
final class CloneController {

  /** How many simulator steps each phase of a clone takes. */
  static final int STEPS = 2;

  private final KubernetesClient admin;
  private final SimWorker sim;
  private final CloneLifecycle clones;

  CloneController(
      KubernetesClient admin, SimEvents events, ScheduledExecutorService worker, Duration step) {
    this.admin = admin;
    this.sim = new SimWorker(worker, step.multipliedBy(STEPS));
    this.clones = new CloneLifecycle(admin, events, new StatusWriter(admin));
  }

  /** Starts the informer; a clone with phases to go is moved on one phase later. */
  SharedIndexInformer<GenericKubernetesResource> start() {
    var informer = Api.op(admin, Api.CLONE).inAnyNamespace().runnableInformer(0);
    informer.addEventHandler(
        Tasks.handler(
            sim::run,
            clone -> {
              if (CloneLifecycle.active(clone)) {
                String ns = clone.getMetadata().getNamespace();
                String name = clone.getMetadata().getName();
                sim.later("clone/" + ns + "/" + name, () -> clones.step(ns, name));
              }
            },
            clone -> {}));
    informer.run();
    return informer;
  }
}
