package io.virtdeck.vm.rows;

import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Pure translation of a VirtualMachine and its instance into an inventory row. */
public final class VmRows {

  static final String OS_ANNOTATION = "vm.kubevirt.io/os";

  private VmRows() {}

  public static VmRow row(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    VmiSpec spec = VmSpecs.templateSpec(vm);
    // a VM sized by an instance type has no CPU or memory of its own: its instance has them
    boolean typed = vm.getSpec() != null && vm.getSpec().instancetype != null;
    VmiSpec sizing = typed && vmi != null && vmi.getSpec() != null ? vmi.getSpec() : spec;
    return new VmRow(
        Keys.of(vm),
        powerState(vm, vmi),
        printableStatus(vm, vmi),
        vmi == null || vmi.getStatus() == null ? "" : nonNull(vmi.getStatus().nodeName),
        ipAddresses(vmi),
        guestOs(vm, vmi),
        vcpus(vm, sizing),
        memoryBytes(sizing),
        created(vm),
        VmTemplates.isTemplate(vm));
  }

  /**
   * The row of a VM whose instance the user may not list: only what the VirtualMachine itself says
   * (power state from its printable status; no host, IP addresses or guest agent's OS).
   */
  public static VmRow withoutInstance(VirtualMachine vm) {
    VmiSpec spec = VmSpecs.templateSpec(vm);
    String printable = vm.getStatus() == null ? "" : nonNull(vm.getStatus().printableStatus);
    return new VmRow(
        Keys.of(vm),
        powerState(printable),
        printable.isBlank() ? "Unknown" : printable,
        "",
        List.of(),
        guestOs(vm, null),
        vcpus(vm, spec),
        memoryBytes(spec),
        created(vm),
        VmTemplates.isTemplate(vm));
  }

  /** The power state KubeVirt's printable status of a VM stands for. */
  static PowerState powerState(String printableStatus) {
    return switch (printableStatus) {
      case "Running", "Migrating" -> PowerState.POWERED_ON;
      case "Paused" -> PowerState.SUSPENDED;
      case "Starting", "Provisioning", "WaitingForVolumeBinding" -> PowerState.STARTING;
      case "Stopping", "Terminating" -> PowerState.STOPPING;
      default -> PowerState.POWERED_OFF;
    };
  }

  static PowerState powerState(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    String printable = vm.getStatus() == null ? "" : nonNull(vm.getStatus().printableStatus);
    if ("Stopping".equals(printable)) {
      return PowerState.STOPPING;
    }
    if (vmi == null || vmi.getStatus() == null) {
      return "Starting".equals(printable) ? PowerState.STARTING : PowerState.POWERED_OFF;
    }
    String phase = nonNull(vmi.getStatus().phase);
    return switch (phase) {
      case "Running" -> paused(vmi) ? PowerState.SUSPENDED : PowerState.POWERED_ON;
      case "Succeeded", "Failed" -> PowerState.POWERED_OFF;
      default -> PowerState.STARTING;
    };
  }

  private static boolean paused(VirtualMachineInstance vmi) {
    return conditions(vmi).anyMatch(c -> "Paused".equals(c.type) && c.holds());
  }

  static String printableStatus(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    String printable = vm.getStatus() == null ? null : vm.getStatus().printableStatus;
    if (printable != null && !printable.isBlank()) {
      return printable;
    }
    return vmi == null ? "Stopped" : "Unknown";
  }

  static List<String> ipAddresses(@Nullable VirtualMachineInstance vmi) {
    if (vmi == null || vmi.getStatus() == null || vmi.getStatus().interfaces == null) {
      return List.of();
    }
    return vmi.getStatus().interfaces.stream()
        .flatMap(VmRows::addressesOf)
        .filter(ip -> !ip.isBlank() && !ip.startsWith("fe80:"))
        .distinct()
        .toList();
  }

  static Stream<String> addressesOf(VirtualMachineInstance.InterfaceStatus status) {
    if (status.ipAddresses != null && !status.ipAddresses.isEmpty()) {
      return status.ipAddresses.stream().filter(Objects::nonNull);
    }
    return Stream.ofNullable(status.ipAddress);
  }

  static String guestOs(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    var info = vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().guestOSInfo;
    if (info != null && info.prettyName != null && !info.prettyName.isBlank()) {
      return info.prettyName;
    }
    if (info != null && info.name != null && !info.name.isBlank()) {
      return info.name;
    }
    Map<String, String> annotations = vm.getMetadata().getAnnotations();
    if (annotations != null && annotations.get(OS_ANNOTATION) != null) {
      return OsNames.readable(annotations.get(OS_ANNOTATION));
    }
    var preference = vm.getSpec() == null ? null : vm.getSpec().preference;
    return preference == null ? "" : OsNames.readable(nonNull(preference.name));
  }

  static int vcpus(VirtualMachine vm, VmiSpec spec) {
    VmiSpec.Cpu cpu = spec.domain == null ? null : spec.domain.cpu;
    if (cpu == null) {
      boolean typed = vm.getSpec() != null && vm.getSpec().instancetype != null;
      return typed ? 0 : 1;
    }
    return orOne(cpu.sockets) * orOne(cpu.cores) * orOne(cpu.threads);
  }

  static long memoryBytes(VmiSpec spec) {
    VmiSpec.Domain domain = spec.domain;
    if (domain == null) {
      return -1;
    }
    String guest = domain.memory == null ? null : domain.memory.guest;
    if (guest == null && domain.resources != null && domain.resources.requests != null) {
      Object requested = domain.resources.requests.get("memory");
      guest = requested == null ? null : requested.toString();
    }
    return guest == null ? -1 : KubeValues.bytes(guest);
  }

  static Instant created(VirtualMachine vm) {
    String timestamp = vm.getMetadata().getCreationTimestamp();
    return timestamp == null ? Instant.EPOCH : KubeValues.instant(timestamp);
  }

  static Stream<Condition> conditions(VirtualMachineInstance vmi) {
    return vmi.getStatus() == null || vmi.getStatus().conditions == null
        ? Stream.empty()
        : vmi.getStatus().conditions.stream();
  }

  private static int orOne(@Nullable Integer value) {
    return Optional.ofNullable(value).filter(v -> v > 0).orElse(1);
  }

  static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }
}
