package io.virtdeck.vm.rows;

import static io.virtdeck.vm.rows.VmRows.nonNull;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pure translation of a VM's interfaces and networks into network adapters, and the parts of it
 * that the network feature's adapter rows share: an interface's network, binding, model and status.
 */
public final class VmNics {

  private VmNics() {}

  public static List<VmNic> of(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    VmiSpec spec = VmSpecs.templateSpec(vm);
    return VmSpecs.interfaces(spec).stream().map(nic -> toNic(spec, nic, vmi)).toList();
  }

  private static VmNic toNic(
      VmiSpec spec, VmiSpec.Interface nic, @Nullable VirtualMachineInstance vmi) {
    String name = nonNull(nic.name);
    String network = networkName(spec, name);
    Optional<VirtualMachineInstance.InterfaceStatus> status = status(vmi, name);
    String mac =
        nic.macAddress != null ? nic.macAddress : status.map(s -> nonNull(s.mac)).orElse("");
    List<String> ips = status.map(s -> VmRows.addressesOf(s).toList()).orElse(List.of());
    return new VmNic(name, network, binding(nic), model(nic), mac, ips);
  }

  /** The Multus network the interface named {@code name} is attached to; empty for the pod's. */
  public static String networkName(VmiSpec spec, String name) {
    return VmSpecs.orEmpty(spec.networks).stream()
        .filter(n -> name.equals(n.name))
        .findFirst()
        .map(n -> n.multus == null ? "" : nonNull(n.multus.networkName))
        .orElse("");
  }

  /** The interfaces of a VM or instance spec; none when it has no devices. */
  public static List<VmiSpec.Interface> interfaces(VmiSpec spec) {
    return VmSpecs.interfaces(spec);
  }

  public static String binding(VmiSpec.Interface nic) {
    if (nic.bridge != null) {
      return "bridge";
    }
    if (nic.sriov != null) {
      return "sriov";
    }
    return nic.masquerade != null ? "masquerade" : "";
  }

  public static String model(VmiSpec.Interface nic) {
    return nic.model == null || nic.model.isBlank() ? "virtio" : nic.model;
  }

  /** The instance's status of the interface named {@code name}, when it reports one. */
  public static Optional<VirtualMachineInstance.InterfaceStatus> status(
      @Nullable VirtualMachineInstance vmi, String name) {
    if (vmi == null || vmi.getStatus() == null || vmi.getStatus().interfaces == null) {
      return Optional.empty();
    }
    return vmi.getStatus().interfaces.stream().filter(s -> name.equals(s.name)).findFirst();
  }
}
