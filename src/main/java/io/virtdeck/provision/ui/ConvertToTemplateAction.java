package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.VmTemplating;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.Optional;

/**
 * Convert to Template in a VM's right-click menu and the header's Actions menu, for users who may
 * patch VMs in its folder; disabled while the VM is not stopped, with the reason. vSphere asks
 * nothing here: the change is one label, undone by Convert to Virtual Machine.
 */
@org.springframework.stereotype.Component
class ConvertToTemplateAction implements VmMenuAction {

  private final VmTemplating templating;

  ConvertToTemplateAction(VmTemplating templating) {
    this.templating = templating;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String labelKey() {
    return "prov.action.to-template";
  }

  @Override
  public String id() {
    return "convert-to-template";
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    return vm != null && !vm.template() && templating.mayConvert(user, target.namespace());
  }

  @Override
  public Optional<String> disabledBecause(MenuTarget target) {
    var vm = target.vm();
    return vm != null && vm.powerState() != PowerState.POWERED_OFF
        ? Optional.of("prov.template.running.short")
        : Optional.empty();
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    var vm = target.vm();
    if (vm == null) {
      return;
    }
    var refusal = templating.toTemplateRefusal(vm.key());
    if (refusal.isPresent()) {
      ProvisionNotices.show(owner, refusal.get().key(), refusal.get().args().toArray());
      return;
    }
    templating
        .prepareToTemplate(vm.key())
        .ifPresentOrElse(
            conversion -> {
              templating.run(user, conversion);
              ProvisionNotices.queued(owner, conversion);
            },
            () -> ProvisionNotices.show(owner, "vm.gone", vm.key().toString()));
  }
}
