package io.virtdeck.provision;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskChain;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Delete from Disk: what would be deleted with a VM (its DataVolumes, claims and cloud-init
 * Secrets, with sizes), and the deletion as tasks sent as the user, one per object, each started
 * when the one before completed: first the disks the user keeps that the VM owns are released (so
 * that the garbage collector leaves them), then the VM is deleted (with the disks it owns), then
 * the chosen disks and Secrets it does not own. A failed step stops the rest. A running VM must be
 * powered off first.
 */
@Service
public class VmDeletion {

  private final ClusterCaches caches;
  private final StorageInventory storage;
  private final StorageOperations disks;
  private final AccessReviews reviews;
  private final TaskService tasks;

  public VmDeletion(
      ClusterCaches caches,
      StorageInventory storage,
      StorageOperations disks,
      AccessReviews reviews,
      TaskService tasks) {
    this.caches = caches;
    this.storage = storage;
    this.disks = disks;
    this.reviews = reviews;
    this.tasks = tasks;
  }

  /** Whether the user may delete VMs in the namespace (else Delete from Disk is not offered). */
  public boolean mayDelete(UserIdentity user, String namespace) {
    return reviews.allowed(
        user, new AccessRequest("delete", "kubevirt.io", "virtualmachines", "", namespace, ""));
  }

  /** What the user may list, kind by kind, for {@link #plan(ResourceKey, UserScopes)}. */
  public UserScopes scopes(UserIdentity user) {
    return reviews.scopes(user);
  }

  /** What would be deleted with the VM, as VirtDeck sees it; empty when it is gone. */
  public Optional<DeletePlan> plan(ResourceKey vm) {
    return plan(vm, UserScopes.ALL);
  }

  /**
   * What would be deleted with the VM, as the user may see it: nothing outside their VM scope; each
   * object's size and datastore only from the claims and DataVolumes they may list (a DataVolume's
   * figures where they may not list its claim; unknown where they may list neither). What an object
   * is, who owns and who uses it stays VirtDeck's own view: it decides the requests sent.
   */
  public Optional<DeletePlan> plan(ResourceKey vm, UserScopes scopes) {
    if (!scopes.includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())) {
      return Optional.empty();
    }
    boolean running = caches.virtualMachineInstances().get(vm).isPresent();
    return caches
        .virtualMachines()
        .get(vm)
        .map(v -> DeletePlans.of(v, running, disk -> shown(disk, scopes), this::object));
  }

  /** The datastore's row of a disk, its figures as the user's own datastore view has them. */
  private Optional<DiskRow> shown(ResourceKey disk, UserScopes scopes) {
    return storage
        .disk(disk)
        .map(
            row ->
                storage.disks("", scopes).stream()
                    .filter(seen -> seen.key().equals(disk))
                    .findFirst()
                    .map(seen -> row.withFigures(seen.size(), seen.storageClass()))
                    .orElse(row.withFigures("", "")));
  }

  /** Why the VM cannot be deleted now (it runs); empty when it can. */
  public Optional<Message> refusal(DeletePlan plan) {
    return plan.running()
        ? Optional.of(Message.of("prov.delete.running", plan.vm().name()))
        : Optional.empty();
  }

  /** The operations, in the order they run, for the objects {@code chosen} to go with the VM. */
  public List<Operation> operations(DeletePlan plan, Set<ResourceKey> chosen) {
    List<Operation> releases = new ArrayList<>();
    List<DeleteItem> owned = new ArrayList<>();
    List<Operation> after = new ArrayList<>();
    for (DeleteItem item : plan.items()) {
      boolean delete = chosen.contains(item.key()) && item.deletable();
      if (item.ownedByVm() && !delete) {
        boolean dv = item.kind() == DeleteItem.Kind.DATA_VOLUME;
        object(item.key(), dv)
            .map(o -> DeletePlans.ownerIndex(o, plan.vmUid()))
            .filter(index -> index >= 0)
            .ifPresent(
                index ->
                    releases.add(
                        new ReleaseDiskOperation(
                            caches, item.key(), dv, plan.vmUid(), plan.vm().name(), index)));
      } else if (item.ownedByVm()) {
        owned.add(item);
      } else if (delete) {
        after.add(
            item.kind() == DeleteItem.Kind.SECRET
                ? new DeleteSecretOperation(item.key())
                : disks.prepareDelete(item.key()));
      }
    }
    List<Operation> all = new ArrayList<>(releases);
    all.add(new DeleteVmOperation(caches, plan.vm(), owned));
    all.addAll(after);
    return all;
  }

  /** Runs the operations as the user, each once the one before completed; the first task. */
  public Task delete(UserIdentity user, DeletePlan plan, Set<ResourceKey> chosen) {
    List<Operation> steps = operations(plan, chosen);
    Task first = tasks.submit(user, steps.getFirst());
    chain(user, first, steps, 1);
    return first;
  }

  private void chain(UserIdentity user, Task previous, List<Operation> steps, int next) {
    if (next >= steps.size()) {
      return;
    }
    new TaskChain(tasks)
        .whenFinished(
            user,
            previous,
            finished -> {
              if (finished.status() == TaskStatus.COMPLETED) {
                chain(user, tasks.submit(user, steps.get(next)), steps, next + 1);
              }
            });
  }

  private Optional<? extends HasMetadata> object(ResourceKey key) {
    Optional<? extends HasMetadata> dv = caches.dataVolumes().get(key);
    return dv.isPresent() ? dv : caches.persistentVolumeClaims().get(key);
  }

  private Optional<? extends HasMetadata> object(ResourceKey key, boolean dataVolume) {
    return dataVolume ? caches.dataVolumes().get(key) : caches.persistentVolumeClaims().get(key);
  }
}
