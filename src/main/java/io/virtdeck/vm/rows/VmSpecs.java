package io.virtdeck.vm.rows;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Null-safe access to the parts of a VM spec the translations read. */
final class VmSpecs {

  private static final VmiSpec EMPTY = new VmiSpec();

  private VmSpecs() {}

  static VmiSpec templateSpec(VirtualMachine vm) {
    var spec = vm.getSpec();
    if (spec == null || spec.template == null || spec.template.spec == null) {
      return EMPTY;
    }
    return spec.template.spec;
  }

  static List<VmiSpec.Disk> disks(VmiSpec spec) {
    return spec.domain == null || spec.domain.devices == null
        ? List.of()
        : orEmpty(spec.domain.devices.disks);
  }

  static List<VmiSpec.Interface> interfaces(VmiSpec spec) {
    return spec.domain == null || spec.domain.devices == null
        ? List.of()
        : orEmpty(spec.domain.devices.interfaces);
  }

  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
