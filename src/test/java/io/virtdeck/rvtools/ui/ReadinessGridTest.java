package io.virtdeck.rvtools.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.rvtools.plan.Readiness;
import io.virtdeck.rvtools.plan.VmReadiness;
import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceVm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readiness table says each VM's disks (count and sizes) and firmware, as the file has them.
 */
class ReadinessGridTest {

  @Test
  void disksShowTheirCountAndEachSize() {
    var vm =
        readiness(
            vm("efi", false, 0),
            List.of(disk("Hard disk 1", 40 * 1024), disk("Hard disk 2", 1024 * 1024)));
    assertThat(ReadinessGrid.disks(vm)).isEqualTo("2: 40 GiB, 1 TiB");
  }

  @Test
  void withoutVDiskTheProvisionedSizeIsShown() {
    assertThat(ReadinessGrid.disks(readiness(vm("bios", false, 20 * 1024), List.of())))
        .isEqualTo("20 GiB");
  }

  @Test
  void firmwareSaysSecureBootWhenItIsOn() {
    assertThat(ReadinessGrid.firmware(readiness(vm("efi", true, 0), List.of()), "Secure Boot"))
        .isEqualTo("EFI, Secure Boot");
    assertThat(ReadinessGrid.firmware(readiness(vm("bios", false, 0), List.of()), "Secure Boot"))
        .isEqualTo("BIOS");
    assertThat(ReadinessGrid.firmware(readiness(vm("", false, 0), List.of()), "Secure Boot"))
        .isEqualTo("—");
  }

  private static VmReadiness readiness(SourceVm vm, List<SourceDisk> disks) {
    return new VmReadiness(vm, Readiness.READY, List.of(), disks, 0);
  }

  private static SourceVm vm(String firmware, boolean secureBoot, long provisionedMib) {
    return new SourceVm(
        "app-01",
        "poweredOn",
        false,
        "Ubuntu Linux (64-bit)",
        firmware,
        secureBoot,
        2,
        4096,
        provisionedMib,
        "apps",
        "esx-01",
        "toolsOk",
        false,
        "",
        "4210");
  }

  private static SourceDisk disk(String label, long mib) {
    return new SourceDisk("app-01", label, "ds-gold", mib, false, "sharingNone", "");
  }
}
