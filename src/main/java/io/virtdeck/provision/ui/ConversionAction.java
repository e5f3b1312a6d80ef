package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.TemplateConversion;
import io.virtdeck.provision.VmTemplating;
import io.virtdeck.task.Message;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.Optional;

/**
 * Convert to Template or Convert to Virtual Machine in a VM's right-click menu and the header's
 * Actions menu, for users who may patch VMs in its folder: the conversion runs as a task at once
 * (vSphere asks nothing here: the change is one label, undone by the other conversion).
 */
abstract class ConversionAction implements VmMenuAction {

  final VmTemplating templating;

  ConversionAction(VmTemplating templating) {
    this.templating = templating;
  }

  /** Whether it converts a template (to a VM) rather than a VM (to a template). */
  abstract boolean fromTemplate();

  /** The conversion of the VM; empty when it is gone or already converted. */
  abstract Optional<TemplateConversion> prepare(ResourceKey vm);

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    return vm != null
        && vm.template() == fromTemplate()
        && templating.mayConvert(user, target.namespace());
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm == null) {
      return;
    }
    Optional<Message> refusal =
        fromTemplate() ? Optional.empty() : templating.toTemplateRefusal(vm.key());
    if (refusal.isPresent()) {
      ProvisionNotices.show(owner, refusal.get().key(), refusal.get().args().toArray());
      return;
    }
    prepare(vm.key())
        .ifPresentOrElse(
            conversion -> {
              templating.run(user, conversion);
              ProvisionNotices.queued(owner, conversion);
            },
            () -> ProvisionNotices.show(owner, "vm.gone", vm.key().toString()));
  }
}
