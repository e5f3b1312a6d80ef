package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceVm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readiness rules, each a pure function of the VM as the RVTools file describes it (and the
 * largest host here): guest OS, firmware, disks (RDM and shared disks block), snapshots, CPU and
 * memory against the largest host, VMware Tools, templates.
 */
public final class ReadinessRules {

  private ReadinessRules() {}

  /** Every reason the VM is not simply ready, in the order the rules run. */
  public static List<Reason> check(
      SourceVm vm, List<SourceDisk> disks, int snapshots, HostLimits largest) {
    List<Reason> reasons = new ArrayList<>();
    template(vm).ifPresent(reasons::add);
    guestOs(vm).ifPresent(reasons::add);
    firmware(vm).ifPresent(reasons::add);
    reasons.addAll(disks(vm, disks));
    snapshots(vm, snapshots).ifPresent(reasons::add);
    reasons.addAll(capacity(vm, largest));
    tools(vm).ifPresent(reasons::add);
    return reasons;
  }

  public static Readiness status(List<Reason> reasons) {
    return reasons.stream().map(Reason::weight).reduce(Readiness.READY, Readiness::worst);
  }

  static Optional<Reason> template(SourceVm vm) {
    return vm.template()
        ? Optional.of(Reason.blocked("rvtools.reason.template"))
        : Optional.empty();
  }

  static Optional<Reason> guestOs(SourceVm vm) {
    return switch (GuestOsSupport.of(vm.guestOs())) {
      case VIRTIO -> Optional.empty();
      case NEEDS_DRIVERS ->
          Optional.of(Reason.needsWork("rvtools.reason.os-drivers", vm.guestOs()));
      case UNSUPPORTED ->
          Optional.of(Reason.blocked("rvtools.reason.os-unsupported", vm.guestOs()));
      case UNKNOWN ->
          Optional.of(
              Reason.needsWork(
                  "rvtools.reason.os-unknown", vm.guestOs().isEmpty() ? "—" : vm.guestOs()));
    };
  }

  static Optional<Reason> firmware(SourceVm vm) {
    if (vm.secureBoot()) {
      return Optional.of(Reason.needsWork("rvtools.reason.secure-boot"));
    }
    return Optional.empty();
  }

  static List<Reason> disks(SourceVm vm, List<SourceDisk> disks) {
    List<Reason> reasons = new ArrayList<>();
    for (SourceDisk disk : disks) {
      if (disk.raw()) {
        reasons.add(Reason.blocked("rvtools.reason.rdm", disk.label()));
      } else if (disk.shared()) {
        reasons.add(Reason.blocked("rvtools.reason.shared-disk", disk.label()));
      }
    }
    if (disks.isEmpty() && vm.provisionedMib() <= 0) {
      reasons.add(Reason.needsWork("rvtools.reason.no-disks"));
    }
    return reasons;
  }

  static Optional<Reason> snapshots(SourceVm vm, int snapshots) {
    if (snapshots > 0) {
      return Optional.of(Reason.needsWork("rvtools.reason.snapshots", String.valueOf(snapshots)));
    }
    return vm.consolidationNeeded()
        ? Optional.of(Reason.needsWork("rvtools.reason.consolidate"))
        : Optional.empty();
  }

  static List<Reason> capacity(SourceVm vm, HostLimits largest) {
    if (!largest.known()) {
      return List.of();
    }
    List<Reason> reasons = new ArrayList<>();
    if (vm.cpus() > largest.cores()) {
      reasons.add(
          Reason.blocked(
              "rvtools.reason.cpus",
              String.valueOf(vm.cpus()),
              largest.host(),
              String.valueOf(largest.cores())));
    }
    if (vm.memoryMib() > largest.memoryMib()) {
      reasons.add(
          Reason.blocked(
              "rvtools.reason.memory",
              String.valueOf(Math.ceilDiv(vm.memoryMib(), 1024)),
              largest.host(),
              String.valueOf(largest.memoryMib() / 1024)));
    }
    return reasons;
  }

  static Optional<Reason> tools(SourceVm vm) {
    if (!vm.poweredOn() || vm.template()) {
      return Optional.empty();
    }
    return switch (vm.tools()) {
      case "toolsNotRunning" -> Optional.of(Reason.needsWork("rvtools.reason.tools-not-running"));
      case "toolsNotInstalled" ->
          Optional.of(Reason.needsWork("rvtools.reason.tools-not-installed"));
      default -> Optional.empty();
    };
  }
}
