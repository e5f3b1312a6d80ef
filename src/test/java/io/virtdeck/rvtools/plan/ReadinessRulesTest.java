package io.virtdeck.rvtools.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceVm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each readiness rule on its own, then how they add up. */
class ReadinessRulesTest {

  static final HostLimits HOST = new HostLimits("worker-01", 32, 256 * 1024);

  static SourceVm vm(String os) {
    return new SourceVm(
        "vm-1",
        "poweredOn",
        false,
        os,
        "bios",
        false,
        4,
        8192,
        40960,
        "Finance",
        "esx01",
        "toolsOk",
        false,
        "",
        "uuid");
  }

  static SourceVm with(SourceVm vm, String field, Object value) {
    return new SourceVm(
        vm.name(),
        field.equals("power") ? (String) value : vm.powerState(),
        field.equals("template") ? (Boolean) value : vm.template(),
        vm.guestOs(),
        field.equals("firmware") ? (String) value : vm.firmware(),
        field.equals("secureBoot") ? (Boolean) value : vm.secureBoot(),
        field.equals("cpus") ? (Integer) value : vm.cpus(),
        field.equals("memory") ? (Long) value : vm.memoryMib(),
        vm.provisionedMib(),
        vm.folder(),
        vm.host(),
        field.equals("tools") ? (String) value : vm.tools(),
        field.equals("consolidate") ? (Boolean) value : vm.consolidationNeeded(),
        vm.annotation(),
        vm.uuid());
  }

  static SourceDisk disk(boolean raw, String sharing) {
    return new SourceDisk("vm-1", "Hard disk 2", "DS-SSD-01", 10240, raw, sharing, "noSharing");
  }

  private static List<String> keys(List<Reason> reasons) {
    return reasons.stream().map(r -> r.message().key()).toList();
  }

  @Test
  void aModernLinuxVmWithNothingSpecialIsReady() {
    List<Reason> reasons =
        ReadinessRules.check(
            vm("Red Hat Enterprise Linux 9 (64-bit)"),
            List.of(disk(false, "sharingNone")),
            0,
            HOST);

    assertThat(reasons).isEmpty();
    assertThat(ReadinessRules.status(reasons)).isEqualTo(Readiness.READY);
  }

  @Test
  void guestOsIsVirtioReadyNeedsDriversOrIsUnsupported() {
    assertThat(ReadinessRules.guestOs(vm("Microsoft Windows Server 2022 (64-bit)"))).isEmpty();
    assertThat(ReadinessRules.guestOs(vm("Ubuntu Linux (64-bit)"))).isEmpty();
    assertThat(ReadinessRules.guestOs(vm("Microsoft Windows Server 2008 R2 (64-bit)")))
        .get()
        .satisfies(r -> assertThat(r.weight()).isEqualTo(Readiness.NEEDS_WORK))
        .satisfies(r -> assertThat(r.message().key()).isEqualTo("rvtools.reason.os-drivers"));
    assertThat(ReadinessRules.guestOs(vm("CentOS 6 (64-bit)")))
        .get()
        .extracting(Reason::weight)
        .isEqualTo(Readiness.NEEDS_WORK);
    assertThat(ReadinessRules.guestOs(vm("Microsoft Windows Server 2003 Standard (32-bit)")))
        .get()
        .extracting(Reason::weight)
        .isEqualTo(Readiness.BLOCKED);
    assertThat(ReadinessRules.guestOs(vm("Oracle Solaris 11 (64-bit)")))
        .get()
        .extracting(Reason::weight)
        .isEqualTo(Readiness.BLOCKED);
    assertThat(ReadinessRules.guestOs(vm("Other (32-bit)")))
        .get()
        .extracting(Reason::weight)
        .isEqualTo(Readiness.BLOCKED);
    assertThat(ReadinessRules.guestOs(vm("")))
        .get()
        .extracting(r -> r.message().key())
        .isEqualTo("rvtools.reason.os-unknown");
  }

  @Test
  void secureBootNeedsWorkPlainEfiAndBiosDoNot() {
    SourceVm linux = vm("Ubuntu Linux (64-bit)");
    assertThat(ReadinessRules.firmware(with(linux, "firmware", "efi"))).isEmpty();
    assertThat(ReadinessRules.firmware(with(with(linux, "firmware", "efi"), "secureBoot", true)))
        .get()
        .extracting(Reason::weight)
        .isEqualTo(Readiness.NEEDS_WORK);
  }

  @Test
  void rdmsAndSharedDisksBlock() {
    SourceVm linux = vm("Ubuntu Linux (64-bit)");
    assertThat(keys(ReadinessRules.disks(linux, List.of(disk(true, "sharingNone")))))
        .containsExactly("rvtools.reason.rdm");
    assertThat(keys(ReadinessRules.disks(linux, List.of(disk(false, "sharingMultiWriter")))))
        .containsExactly("rvtools.reason.shared-disk");
    var sharedBus =
        new SourceDisk("vm-1", "Hard disk 3", "DS", 1024, false, "sharingNone", "physicalSharing");
    assertThat(keys(ReadinessRules.disks(linux, List.of(sharedBus))))
        .containsExactly("rvtools.reason.shared-disk");
    assertThat(
            ReadinessRules.disks(linux, List.of(disk(true, "sharingNone")))
                .getFirst()
                .message()
                .args())
        .containsExactly("Hard disk 2");
  }

  @Test
  void snapshotsAndPendingConsolidationNeedWork() {
    SourceVm linux = vm("Ubuntu Linux (64-bit)");
    assertThat(ReadinessRules.snapshots(linux, 3))
        .get()
        .satisfies(r -> assertThat(r.message().args()).containsExactly("3"));
    assertThat(ReadinessRules.snapshots(with(linux, "consolidate", true), 0))
        .get()
        .extracting(r -> r.message().key())
        .isEqualTo("rvtools.reason.consolidate");
    assertThat(ReadinessRules.snapshots(linux, 0)).isEmpty();
  }

  @Test
  void aVmLargerThanTheLargestHostHereIsBlocked() {
    SourceVm big = with(with(vm("Ubuntu Linux (64-bit)"), "cpus", 64), "memory", 512L * 1024);

    assertThat(keys(ReadinessRules.capacity(big, HOST)))
        .containsExactly("rvtools.reason.cpus", "rvtools.reason.memory");
    assertThat(ReadinessRules.capacity(big, HOST).getFirst().message().args())
        .containsExactly("64", "worker-01", "32");
    assertThat(ReadinessRules.capacity(big, HostLimits.UNKNOWN)).isEmpty();
    assertThat(ReadinessRules.capacity(vm("Ubuntu Linux (64-bit)"), HOST)).isEmpty();
  }

  @Test
  void vmwareToolsNotRunningOnARunningVmNeedsWork() {
    SourceVm linux = vm("Ubuntu Linux (64-bit)");
    assertThat(ReadinessRules.tools(with(linux, "tools", "toolsNotRunning")))
        .get()
        .extracting(r -> r.message().key())
        .isEqualTo("rvtools.reason.tools-not-running");
    assertThat(ReadinessRules.tools(with(linux, "tools", "toolsNotInstalled"))).isPresent();
    assertThat(ReadinessRules.tools(with(linux, "tools", "toolsOld"))).isEmpty();
    assertThat(
            ReadinessRules.tools(
                with(with(linux, "tools", "toolsNotRunning"), "power", "poweredOff")))
        .isEmpty();
  }

  @Test
  void templatesAreBlockedAndTheWorstReasonWins() {
    SourceVm template =
        with(
            with(vm("Microsoft Windows Server 2008 R2 (64-bit)"), "template", true),
            "power",
            "poweredOff");

    List<Reason> reasons =
        ReadinessRules.check(template, List.of(disk(false, "sharingNone")), 1, HOST);

    assertThat(keys(reasons))
        .containsExactly(
            "rvtools.reason.template", "rvtools.reason.os-drivers", "rvtools.reason.snapshots");
    assertThat(ReadinessRules.status(reasons)).isEqualTo(Readiness.BLOCKED);
    assertThat(ReadinessRules.status(reasons.subList(1, 3))).isEqualTo(Readiness.NEEDS_WORK);
  }
}
