package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.rows.VmTemplates;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Templates: Convert to Template (a stopped VM only) and Convert to Virtual Machine, each a JSON
 * patch of the template label sent as the user, for users who may patch VMs in the folder.
 */
@Service
public class VmTemplating {

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final TaskService tasks;

  public VmTemplating(ClusterCaches caches, AccessReviews reviews, TaskService tasks) {
    this.caches = caches;
    this.reviews = reviews;
    this.tasks = tasks;
  }

  /** Whether the user may patch VMs in the namespace (else the conversions are not offered). */
  public boolean mayConvert(UserIdentity user, String namespace) {
    return reviews.allowed(
        user, new AccessRequest("patch", "kubevirt.io", "virtualmachines", "", namespace, ""));
  }

  /** Why the VM cannot become a template now (it runs, or may start); empty when it can. */
  public Optional<Message> toTemplateRefusal(ResourceKey vm) {
    return runningRefusal(caches, vm);
  }

  static Optional<Message> runningRefusal(ClusterCaches caches, ResourceKey vm) {
    boolean instance = caches.virtualMachineInstances().get(vm).isPresent();
    boolean asksToRun = caches.virtualMachines().get(vm).map(VmTemplating::asksToRun).orElse(false);
    return instance || asksToRun
        ? Optional.of(Message.of("prov.template.running", vm.name()))
        : Optional.empty();
  }

  private static boolean asksToRun(VirtualMachine vm) {
    VirtualMachine.Spec spec = vm.getSpec();
    return spec != null && ("Always".equals(spec.runStrategy) || Boolean.TRUE.equals(spec.running));
  }

  /** Convert to Template as an operation; empty when the VM is gone or already one. */
  public Optional<TemplateConversion> prepareToTemplate(ResourceKey vm) {
    return caches
        .virtualMachines()
        .get(vm)
        .filter(v -> !VmTemplates.isTemplate(v))
        .map(
            v ->
                new TemplateConversion(
                    caches, vm, true, JsonPatch.json(TemplatePatch.toTemplate(v))));
  }

  /** Convert to Virtual Machine as an operation; empty when the VM is gone or no template. */
  public Optional<TemplateConversion> prepareToVirtualMachine(ResourceKey vm) {
    return caches
        .virtualMachines()
        .get(vm)
        .filter(VmTemplates::isTemplate)
        .map(
            v ->
                new TemplateConversion(
                    caches, vm, false, JsonPatch.json(TemplatePatch.toVirtualMachine())));
  }

  /** Runs the conversion as the user; the task service checks the permission again. */
  public Task run(UserIdentity user, TemplateConversion conversion) {
    return tasks.submit(user, conversion);
  }
}
