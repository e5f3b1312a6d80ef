package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Edit Settings: a VM's current settings from the cache, the checks and effects of a change, and
 * the change as a task sent as the user (a JSON patch of the changed paths only).
 */
@Service
public class VmEditing {

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final TaskService tasks;

  public VmEditing(ClusterCaches caches, AccessReviews reviews, TaskService tasks) {
    this.caches = caches;
    this.reviews = reviews;
    this.tasks = tasks;
  }

  /** Whether the user may patch VMs in the namespace (else Edit Settings is not offered). */
  public boolean mayEdit(UserIdentity user, String namespace) {
    return reviews.allowed(
        user, new AccessRequest("patch", "kubevirt.io", "virtualmachines", "", namespace, ""));
  }

  /** The VM's settings as the cache has them now; empty when it is gone. */
  public Optional<CurrentSettings> current(ResourceKey vm) {
    boolean running = caches.virtualMachineInstances().get(vm).isPresent();
    return caches.virtualMachines().get(vm).map(v -> CurrentSettings.of(v, running));
  }

  public List<Message> problems(CurrentSettings current, SettingsForm form) {
    return SettingsChecks.problems(current, form);
  }

  /** The change as an operation; empty when the form has problems or changes nothing. */
  public Optional<EditSettingsOperation> prepare(
      ResourceKey vm, CurrentSettings current, SettingsForm form) {
    return SettingsChecks.settings(current, form)
        .flatMap(
            wanted -> {
              var ops = SettingsPatch.of(current, wanted);
              if (ops.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new EditSettingsOperation(
                      caches,
                      vm,
                      current.shape().resourceVersion(),
                      JsonPatch.json(ops),
                      SettingsEffects.of(current, wanted)));
            });
  }

  /** Runs the operation as the user; the task service checks the permission again. */
  public Task run(UserIdentity user, EditSettingsOperation operation) {
    return tasks.submit(user, operation);
  }
}
