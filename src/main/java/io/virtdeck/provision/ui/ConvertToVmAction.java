package io.virtdeck.provision.ui;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.provision.TemplateConversion;
import io.virtdeck.provision.VmTemplating;
import java.util.Optional;

/** Convert to Virtual Machine: the template label goes, and the VM may be powered on again. */
@org.springframework.stereotype.Component
class ConvertToVmAction extends ConversionAction {

  ConvertToVmAction(VmTemplating templating) {
    super(templating);
  }

  @Override
  public int order() {
    return 42;
  }

  @Override
  public String labelKey() {
    return "prov.action.to-vm";
  }

  @Override
  public String id() {
    return "convert-to-vm";
  }

  @Override
  boolean fromTemplate() {
    return true;
  }

  @Override
  Optional<TemplateConversion> prepare(ResourceKey vm) {
    return templating.prepareToVirtualMachine(vm);
  }
}
