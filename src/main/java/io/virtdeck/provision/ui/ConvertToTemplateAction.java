package io.virtdeck.provision.ui;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.provision.TemplateConversion;
import io.virtdeck.provision.VmTemplating;
import io.virtdeck.vm.rows.PowerState;
import java.util.Optional;

/** Convert to Template: disabled, with the reason, while the VM is not stopped. */
@org.springframework.stereotype.Component
class ConvertToTemplateAction extends ConversionAction {

  ConvertToTemplateAction(VmTemplating templating) {
    super(templating);
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
  boolean fromTemplate() {
    return false;
  }

  @Override
  Optional<TemplateConversion> prepare(ResourceKey vm) {
    return templating.prepareToTemplate(vm);
  }

  @Override
  public Optional<String> disabledBecause(MenuTarget target) {
    var vm = target.vm();
    return vm != null && vm.powerState() != PowerState.POWERED_OFF
        ? Optional.of("prov.template.running.short")
        : Optional.empty();
  }
}
