package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import io.virtdeck.vm.rows.VmTemplates;
import java.util.List;
import java.util.Optional;

/**
 * Convert to Template or Convert to Virtual Machine as a task: a JSON patch of the template label
 * only, done once the cache shows the VM as a template, or no longer one. Converting a VM that runs
 * (judged again just before sending) is refused with nothing sent.
 */
public final class TemplateConversion extends VmOperation {

  private final ClusterCaches caches;
  private final boolean toTemplate;
  private final String patch;

  TemplateConversion(ClusterCaches caches, ResourceKey vm, boolean toTemplate, String patch) {
    super(vm);
    this.caches = caches;
    this.toTemplate = toTemplate;
    this.patch = patch;
  }

  /** Whether it makes the VM a template (else a VM again). */
  public boolean toTemplate() {
    return toTemplate;
  }

  @Override
  public String titleKey() {
    return toTemplate ? "task.convert_to_template" : "task.convert_to_vm";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "patch", "kubevirt.io", "virtualmachines", "", vm.namespace(), vm.name());
  }

  @Override
  public Optional<Message> refusal() {
    return toTemplate ? VmTemplating.runningRefusal(caches, vm) : Optional.empty();
  }

  @Override
  public ApiCall call() {
    return ProvisionCommands.patchVm(vm, patch);
  }

  /** The patch as sent, and kubectl's shorter {@code label} command that does the same. */
  @Override
  public List<String> commands() {
    String label =
        "kubectl label vm "
            + vm.name()
            + " -n "
            + vm.namespace()
            + (toTemplate
                ? " " + VmTemplates.LABEL + "=" + VmTemplates.VALUE + " --overwrite"
                : " " + VmTemplates.LABEL + "-");
    return List.of(KubectlText.of(call()), label);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.virtualMachines().get(vm));
  }

  @Override
  public Outcome progress() {
    var seen = caches.virtualMachines().get(vm);
    if (seen.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", vm.toString()));
    }
    return VmTemplates.isTemplate(seen.get()) == toTemplate
        ? Outcome.completed()
        : Outcome.pending();
  }
}
