package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Informer handlers that hand their work to the simulator's thread, and its error policy. */
final class Tasks {

  private static final Logger LOG = LoggerFactory.getLogger(KubeVirtSimulator.class);

  private Tasks() {}

  /** A handler running {@code upsert} on adds and updates, {@code delete} on deletes. */
  static ResourceEventHandler<GenericKubernetesResource> handler(
      Executor executor,
      Consumer<GenericKubernetesResource> upsert,
      Consumer<GenericKubernetesResource> delete) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(GenericKubernetesResource obj) {
        executor.execute(() -> upsert.accept(obj));
      }

      @Override
      public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
        executor.execute(() -> upsert.accept(newObj));
      }

      @Override
      public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
        executor.execute(() -> delete.accept(obj));
      }
    };
  }

  /** Runs the task; a lost race (404, 409) is normal, other failures are logged, none thrown. */
  static void guarded(Runnable task) {
    try {
      task.run();
    } catch (KubernetesClientException e) {
      if (Api.isNotFound(e) || Api.isConflict(e)) {
        LOG.debug("Simulator write skipped: {}", e.getMessage());
      } else {
        LOG.warn("Simulator write failed", e);
      }
    } catch (RuntimeException e) {
      LOG.warn("Simulator step failed", e);
    }
  }
}
