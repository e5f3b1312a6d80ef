package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroups;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskChain;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The New Virtual Machine wizard's service: the folders where the user may create VMs, what the
 * checks compare with, the objects to create (the cloud-init Secret, then the VM) as operations,
 * the permissions they need (asked before anything is sent), and the creation as tasks sent as the
 * user, one per object, each after the one before completed.
 */
@Service
public class VmCreation {

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final TaskService tasks;
  private final ProvisionCatalog catalogs;
  private final StorageInventory storage;
  private final PortGroups portGroups;

  public VmCreation(
      ClusterCaches caches,
      AccessReviews reviews,
      TaskService tasks,
      ProvisionCatalog catalogs,
      StorageInventory storage,
      PortGroups portGroups) {
    this.caches = caches;
    this.reviews = reviews;
    this.tasks = tasks;
    this.catalogs = catalogs;
    this.storage = storage;
    this.portGroups = portGroups;
  }

  /** Whether the user may create VMs in the namespace. */
  public boolean mayCreate(UserIdentity user, String namespace) {
    return reviews.allowed(user, create("kubevirt.io", "virtualmachines", namespace));
  }

  /** The folders (namespaces) where the user may create VMs, sorted. */
  public List<String> folders(UserIdentity user) {
    return reviews.allowedNamespaces(user, create("kubevirt.io", "virtualmachines", ""));
  }

  /** The catalog as the user may read it, for a VM in the namespace. */
  public Catalog catalog(UserIdentity user, String namespace) {
    return catalogs.read(user, namespace);
  }

  /** What the checks compare with, for a VM of the user in the namespace. */
  public NewVmContext context(UserIdentity user, String namespace, Catalog catalog) {
    Set<String> vms = new HashSet<>();
    caches.virtualMachines().list(namespace).forEach(v -> vms.add(v.getMetadata().getName()));
    Set<String> disks = new HashSet<>();
    caches.dataVolumes().list(namespace).forEach(d -> disks.add(d.getMetadata().getName()));
    Map<String, String> claims = new HashMap<>();
    // names taken are VirtDeck's own check; a claim to clone only one the user may list
    boolean listsClaims =
        reviews.scope(user, CachedKind.PERSISTENT_VOLUME_CLAIMS).includes(namespace);
    caches
        .persistentVolumeClaims()
        .list(namespace)
        .forEach(
            c -> {
              disks.add(c.getMetadata().getName());
              var requests =
                  c.getSpec().getResources() == null
                      ? null
                      : c.getSpec().getResources().getRequests();
              var size = requests == null ? null : requests.get("storage");
              if (size != null && listsClaims) {
                claims.put(c.getMetadata().getName(), size.toString());
              }
            });
    List<String> networks =
        portGroups.list(portGroups.visibleTo(user)).stream()
            .filter(p -> p.usableFrom(namespace))
            .map(p -> p.networkNameFrom(namespace))
            .toList();
    return new NewVmContext(
        new HashSet<>(folders(user)),
        vms,
        disks,
        claims,
        storage.datastoreNames(storage.datastoreScope(user)),
        networks,
        catalog);
  }

  /** The port groups of the namespace's VMs as the user may see them, by multus name. */
  public List<PortGroup> portGroups(UserIdentity user, String namespace) {
    return portGroups.list(portGroups.visibleTo(user)).stream()
        .filter(p -> p.usableFrom(namespace))
        .toList();
  }

  /** The objects to create, in order: the cloud-init Secret (when any is asked), then the VM. */
  public List<Operation> operations(NewVm vm, Catalog catalog) {
    return new VmCreationPlan(vm, catalog).operations(caches);
  }

  /** What the user may not do of what the creation needs, as sentences; nothing sent then. */
  public List<Message> refusals(UserIdentity user, NewVm vm) {
    List<AccessRequest> needed = new ArrayList<>();
    needed.add(create("kubevirt.io", "virtualmachines", vm.namespace()));
    if (vm.guest().any()) {
      needed.add(create("", "secrets", vm.namespace()));
    }
    if (vm.boot().source() != NewVm.Source.CONTAINER_DISK || !vm.disks().isEmpty()) {
      needed.add(create("cdi.kubevirt.io", "datavolumes", vm.namespace()));
    }
    if (vm.boot().source() == NewVm.Source.DATA_SOURCE
        || vm.boot().source() == NewVm.Source.CLONE_DISK) {
      needed.add(
          create("cdi.kubevirt.io", "datavolumes", vm.boot().ref().namespace())
              .subresource("source"));
    }
    return needed.stream()
        .filter(request -> !reviews.allowed(user, request))
        .map(request -> Message.of("task.failed.forbidden", request.describe()))
        .toList();
  }

  /**
   * Creates the objects as the user, one task each, each once the one before completed; {@code
   * done} hears what was created and whether a step failed (on a thread of its own).
   */
  public void create(UserIdentity user, NewVm vm, Catalog catalog, Consumer<CreationResult> done) {
    step(user, operations(vm, catalog), 0, new ArrayList<>(), done);
  }

  private void step(
      UserIdentity user,
      List<Operation> steps,
      int next,
      List<CreationResult.Created> created,
      Consumer<CreationResult> done) {
    if (next >= steps.size()) {
      done.accept(new CreationResult(created, null));
      return;
    }
    Operation operation = steps.get(next);
    Task task = tasks.submit(user, operation);
    new TaskChain(tasks)
        .whenFinished(
            user,
            task,
            finished -> {
              if (finished.status() == TaskStatus.COMPLETED) {
                created.add(new CreationResult.Created(operation.targetKind(), operation.target()));
                step(user, steps, next + 1, created, done);
              } else {
                Message why =
                    finished.failure() == null
                        ? Message.of("task.failed.api", "?", "")
                        : finished.failure();
                done.accept(new CreationResult(created, why));
              }
            });
  }

  /** Deletes what a failed creation left, as the user: one task per object. */
  public List<Task> deleteLeftovers(UserIdentity user, CreationResult result) {
    List<Task> started = new ArrayList<>();
    for (CreationResult.Created object : result.created()) {
      started.add(
          tasks.submit(
              user,
              object.kind().equals("Secret")
                  ? new DeleteSecretOperation(object.key())
                  : new DeleteVmOperation(caches, object.key(), List.of())));
    }
    return started;
  }

  private static AccessRequest create(String group, String resource, String namespace) {
    return new AccessRequest("create", group, resource, "", namespace, "");
  }
}
