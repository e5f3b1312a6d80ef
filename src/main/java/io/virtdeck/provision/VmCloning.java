package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Clone…: a new VM from a VM or one of its snapshots, by a VirtualMachineClone sent as the user who
 * may create clones in the VM's folder, followed as a task. The source is read as the user may see
 * it; the checks name every problem before anything is sent.
 */
@Service
public class VmCloning {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final TaskService tasks;
  private final Clock clock;

  public VmCloning(ClusterCaches caches, AccessReviews reviews, TaskService tasks, Clock clock) {
    this.caches = caches;
    this.reviews = reviews;
    this.tasks = tasks;
    this.clock = clock;
  }

  /**
   * Whether the user may create VirtualMachineClones in the folder (else Clone… is not offered).
   */
  public boolean mayClone(UserIdentity user, String namespace) {
    return reviews.allowed(
        user,
        new AccessRequest(
            "create", "clone.kubevirt.io", "virtualmachineclones", "", namespace, ""));
  }

  /** The VM as a clone's source, when the user may see it. */
  public Optional<CloneSource> vm(UserIdentity user, ResourceKey vm) {
    if (!visible(user, CachedKind.VIRTUAL_MACHINES, vm.namespace())) {
      return Optional.empty();
    }
    return caches.virtualMachines().get(vm).map(v -> source(vm, false, vm, v));
  }

  /** The snapshot as a clone's source, when the user may see it and it is ready to use. */
  public Optional<CloneSource> snapshot(UserIdentity user, ResourceKey snapshot) {
    if (!visible(user, CachedKind.SNAPSHOTS, snapshot.namespace())) {
      return Optional.empty();
    }
    return caches
        .snapshots()
        .get(snapshot)
        .filter(s -> s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().readyToUse))
        .flatMap(
            s -> {
              var spec = s.getSpec();
              Object name = spec == null || spec.source == null ? null : spec.source.get("name");
              ResourceKey vm = new ResourceKey(snapshot.namespace(), String.valueOf(name));
              return caches.virtualMachines().get(vm).map(v -> source(snapshot, true, vm, v));
            });
  }

  /** What is wrong with the form, each a sentence; empty when it may be sent. */
  public List<Message> problems(CloneSource source, CloneForm form) {
    Set<String> taken =
        caches.virtualMachines().list(source.key().namespace()).stream()
            .map(v -> v.getMetadata().getName())
            .collect(Collectors.toSet());
    return CloneChecks.problems(form, source.key().namespace(), taken);
  }

  /** The clone the form describes, to show before it is sent. */
  public CloneOperation prepare(CloneSource source, CloneForm form) {
    String ns = source.key().namespace();
    String target = form.target().strip();
    String name = target + "-clone-" + STAMP.format(clock.instant());
    return new CloneOperation(
        caches,
        source.vm(),
        new ResourceKey(ns, name),
        new ResourceKey(ns, target),
        CloneManifests.clone(name, source, form));
  }

  public Task clone(UserIdentity user, CloneOperation operation) {
    return tasks.submit(user, operation);
  }

  private boolean visible(UserIdentity user, CachedKind kind, String namespace) {
    return reviews.scopes(user).includes(kind, namespace);
  }

  private CloneSource source(
      ResourceKey key, boolean snapshot, ResourceKey vm, VirtualMachine object) {
    @Nullable VmiSpec spec =
        object.getSpec() == null || object.getSpec().template == null
            ? null
            : object.getSpec().template.spec;
    VmiSpec.@Nullable Domain domain = spec == null ? null : spec.domain;
    var labels = object.getMetadata() == null ? null : object.getMetadata().getLabels();
    return new CloneSource(
        key,
        snapshot,
        vm,
        macs(vm, domain),
        serial(domain),
        labels != null && !labels.isEmpty(),
        object.getSpec() != null && object.getSpec().running != null);
  }

  /** Each interface's MAC: the one its spec sets, else the one the running instance reports. */
  private Map<String, String> macs(ResourceKey vm, VmiSpec.@Nullable Domain domain) {
    Map<String, String> macs = new LinkedHashMap<>();
    Map<String, String> running = new LinkedHashMap<>();
    var instance = caches.virtualMachineInstances().get(vm).map(VirtualMachineInstance::getStatus);
    var reported = instance.isEmpty() ? null : instance.get().interfaces;
    for (var i : reported == null ? List.<VirtualMachineInstance.InterfaceStatus>of() : reported) {
      if (i.name != null && i.mac != null) {
        running.put(i.name, i.mac);
      }
    }
    if (domain != null && domain.devices != null && domain.devices.interfaces != null) {
      for (VmiSpec.Interface nic : domain.devices.interfaces) {
        String mac = nic.macAddress != null ? nic.macAddress : running.get(nic.name);
        if (nic.name != null && mac != null) {
          macs.put(nic.name, mac);
        }
      }
    }
    return macs;
  }

  private static String serial(VmiSpec.@Nullable Domain domain) {
    Object firmware = domain == null ? null : domain.getAdditionalProperties().get("firmware");
    Object serial = firmware instanceof Map<?, ?> m ? m.get("serial") : null;
    return serial instanceof String s ? s : "";
  }
}
