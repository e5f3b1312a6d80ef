package io.virtdeck.task;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks kept in the cluster ({@link TaskObjects}) with VirtDeck's own identity, so that every
 * replica shows the same Recent Tasks: this replica's task changes are written in order (only the
 * latest state of a task waiting to be written is sent), and one informer brings every replica's
 * tasks into this replica's {@link TaskStore}. Who may see which task stays the store's rule.
 */
@Component
@ConditionalOnProperty(
    name = "virtdeck.tasks.cluster.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class ClusterTasks implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ClusterTasks.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KubernetesClient client;
  private final String namespace;
  private final Map<String, Long> revisions = new ConcurrentHashMap<>();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("tasks-writer").unstarted(r));
  private @Nullable SharedIndexInformer<GenericKubernetesResource> informer;

  private record Pending(Task task, long revision) {}

  public ClusterTasks(KubernetesClient client, SharedTaskProperties properties) {
    this.client = client;
    this.namespace = properties.namespace();
  }

  /** Starts following the cluster's tasks into {@code store}. */
  synchronized void connect(TaskStore store) {
    var tasks = client.genericKubernetesResources(TaskObjects.CONTEXT).inNamespace(namespace);
    informer = tasks.runnableInformer(0);
    informer.addEventHandler(
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(GenericKubernetesResource object) {
            received(object, store);
          }

          @Override
          public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource object) {
            received(object, store);
          }

          @Override
          public void onDelete(GenericKubernetesResource object, boolean finalStateUnknown) {
            String id = object.getMetadata().getName();
            revisions.remove(id);
            written.remove(id);
            store.remove(id);
          }
        });
    informer
        .start()
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                log.warn(
                    "Cannot list VirtDeckTasks in namespace {} (is the chart's CRD installed?):"
                        + " this replica shows only its own tasks. {}",
                    namespace,
                    failure.toString());
              }
            });
  }

  private void received(GenericKubernetesResource object, TaskStore store) {
    TaskObjects.fromObject(object)
        .ifPresent(
            kept -> {
              var newer = new AtomicBoolean();
              revisions.compute(
                  kept.task().id(),
                  (id, known) -> {
                    newer.set(known == null || kept.revision() > known);
                    return newer.get() ? kept.revision() : known;
                  });
              if (newer.get()) {
                written.add(kept.task().id());
                store.publish(kept.task());
              }
            });
  }

  /** Keeps this replica's newest state of {@code task} in the cluster, after its earlier ones. */
  void save(Task task) {
    long revision = revisions.merge(task.id(), 1L, Long::sum);
    pending.put(task.id(), new Pending(task, revision));
    writer.execute(() -> write(task.id()));
  }

  private void write(String id) {
    Pending next = pending.remove(id);
    if (next == null) {
      return; // a later call wrote the newer state already
    }
    var tasks = client.genericKubernetesResources(TaskObjects.CONTEXT).inNamespace(namespace);
    try {
      if (written.add(id)) {
        tasks.resource(TaskObjects.toObject(next.task(), next.revision(), namespace)).create();
      } else {
        String patch =
            JSON.writeValueAsString(Map.of("spec", TaskObjects.spec(next.task(), next.revision())));
        tasks.withName(id).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      }
    } catch (KubernetesClientException failed) {
      if (failed.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        pending.putIfAbsent(id, next); // it exists: patch it
        writer.execute(() -> write(id));
      } else if (failed.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
        log.warn("Could not keep task {} in the cluster: {}", id, failed.getMessage());
      }
    }
  }

  /** The tasks kept in the cluster, as this replica's informer has them. */
  List<GenericKubernetesResource> kept() {
    var current = informer;
    return current == null ? List.of() : current.getStore().list();
  }

  /** Deletes a kept task (it expired); gone already is fine. */
  void delete(String id) {
    client
        .genericKubernetesResources(TaskObjects.CONTEXT)
        .inNamespace(namespace)
        .withName(id)
        .delete();
  }

  @Override
  public synchronized void destroy() {
    writer.close(); // sends what is queued: a task finished just now is not lost
    if (informer != null) {
      informer.close();
    }
  }
}
