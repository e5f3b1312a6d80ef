package io.virtdeck.rvtools.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.rvtools.RvTools4Headings;
import io.virtdeck.rvtools.export.Lines.DiskLine;
import io.virtdeck.rvtools.export.Lines.NicLine;
import io.virtdeck.testing.Fixtures;
import io.virtdeck.vm.rows.StorageLookup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The workbook's columns: RVTools' headings in RVTools' order, and each value from KubeVirt. */
class ExportColumnsTest {

  private final VirtualMachine vm = Fixtures.load("rvtools/vm-sql.yaml", VirtualMachine.class);
  private final VirtualMachineInstance vmi =
      Fixtures.load("rvtools/vmi-sql.yaml", VirtualMachineInstance.class);
  private final Map<String, PersistentVolumeClaim> claims =
      Map.of(
          "sql-01-os", claim("sql-01-os"),
          "erp-quorum", claim("erp-quorum"),
          "sql-01-lun", claim("sql-01-lun"));

  static final StorageLookup NOTHING =
      new StorageLookup() {
        @Override
        public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
          return Optional.empty();
        }

        @Override
        public Optional<DataVolume> dataVolume(String namespace, String name) {
          return Optional.empty();
        }
      };

  private final StorageLookup storage =
      new StorageLookup() {
        @Override
        public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
          return "finance".equals(namespace)
              ? Optional.ofNullable(claims.get(name))
              : Optional.empty();
        }

        @Override
        public Optional<DataVolume> dataVolume(String namespace, String name) {
          return Optional.empty();
        }
      };

  private static PersistentVolumeClaim claim(String name) {
    return Fixtures.load("rvtools/pvc-" + name + ".yaml", PersistentVolumeClaim.class);
  }

  private VmFacts facts() {
    return VmFactsOf.of(vm, vmi, storage, "dc-1");
  }

  static <T> Map<String, @Nullable Object> line(SheetSpec<T> spec, T line) {
    Map<String, @Nullable Object> values = new HashMap<>();
    spec.columns().forEach(c -> values.put(c.heading(), c.value().apply(line)));
    return values;
  }

  @Test
  void everySheetUsesRvToolsHeadingsInRvToolsOrder() {
    List<SheetSpec<?>> sheets =
        List.of(
            VmSheets.V_INFO,
            VmSheets.V_CPU,
            VmSheets.V_MEMORY,
            DeviceSheets.V_DISK,
            DeviceSheets.V_NETWORK,
            DeviceSheets.V_SNAPSHOT,
            InfraSheets.V_HOST,
            InfraSheets.V_DATASTORE);

    assertThat(sheets)
        .extracting(SheetSpec::name)
        .containsExactly(
            "vInfo", "vCPU", "vMemory", "vDisk", "vNetwork", "vSnapshot", "vHost", "vDatastore");
    assertThat(sheets)
        .allSatisfy(
            sheet ->
                assertThat(RvTools4Headings.inRvToolsOrder(sheet.name(), sheet.headings()))
                    .as("%s: %s", sheet.name(), sheet.headings())
                    .isTrue());
    assertThat(sheets)
        .flatMap(SheetSpec::columns)
        .allSatisfy(c -> assertThat(c.source()).as(c.heading()).isNotBlank());
  }

  @Test
  void vInfoDescribesTheVmAsRvToolsDoes() {
    Map<String, @Nullable Object> info = line(VmSheets.V_INFO, facts());

    assertThat(info)
        .containsEntry("VM", "sql-01")
        .containsEntry("Powerstate", "poweredOn")
        .containsEntry("Template", true)
        .containsEntry("DNS Name", "sql-01.erp")
        .containsEntry("Guest state", "running")
        .containsEntry("Heartbeat", "green")
        .containsEntry("CPUs", 8)
        .containsEntry("Memory", 16384L)
        .containsEntry("NICs", 2)
        .containsEntry("Disks", 3)
        .containsEntry("Total disk capacity MiB", 581L * 1024)
        .containsEntry("Provisioned MiB", 581L * 1024)
        .containsEntry("In Use MiB", 81L * 1024)
        .containsEntry("Primary IP Address", "10.244.3.7")
        .containsEntry("Network #1", "VM Network")
        .containsEntry("Network #2", "vlan-110-finance")
        .containsEntry("Network #3", null)
        .containsEntry("Folder", "finance")
        .containsEntry("EFI Secure boot", true)
        .containsEntry("Firmware", "efi")
        .containsEntry("HW version", "q35")
        .containsEntry("Annotation", "ERP database, cluster node A")
        .containsEntry("Datacenter", "dc-1")
        .containsEntry("Host", "worker-03")
        .containsEntry("OS according to the configuration file", "windows2022")
        .containsEntry("OS according to the VMware Tools", "Windows Server 2022 Datacenter")
        .containsEntry("VM ID", "finance/sql-01")
        .containsEntry("SMBIOS UUID", "5d307ca9-b3ef-428c-8861-06e72d69f223")
        .containsEntry("VM UUID", "6b1f0b8e-1d8e-4a49-9f7e-0c1d2e3f4a5b");
    assertThat(line(VmSheets.V_CPU, facts()))
        .containsEntry("CPUs", 8)
        .containsEntry("Sockets", 2)
        .containsEntry("Cores p/s", 4)
        .containsEntry("Folder", "finance");
    assertThat(line(VmSheets.V_MEMORY, facts())).containsEntry("Size MiB", 16384L);
  }

  @Test
  void aStoppedBiosVmWithoutVisibleClaimsLeavesUnknownSizesEmpty() {
    VmFacts stopped =
        VmFactsOf.of(Fixtures.load("vm-web.yaml", VirtualMachine.class), null, NOTHING, "dc-1");

    assertThat(line(VmSheets.V_INFO, stopped))
        .containsEntry("Powerstate", "poweredOff")
        .containsEntry("Template", false)
        .containsEntry("Guest state", "notRunning")
        .containsEntry("Firmware", "bios")
        .containsEntry("EFI Secure boot", false)
        .containsEntry("In Use MiB", null)
        .containsEntry("DNS Name", null)
        .containsEntry("Primary IP Address", null);
  }

  @Test
  void vDiskHasOneLinePerHardDiskWithRawAndSharedDisksMarked() {
    VmFacts facts = facts();
    List<Map<String, @Nullable Object>> disks =
        facts.disks().stream().map(d -> line(DeviceSheets.V_DISK, new DiskLine(facts, d))).toList();

    assertThat(disks)
        .extracting(d -> d.get("Disk"))
        .containsExactly("Hard disk 1", "Hard disk 2", "Hard disk 3");
    assertThat(disks.get(0))
        .containsEntry("Disk Path", "[ceph-rbd] finance/sql-01-os")
        .containsEntry("Capacity MiB", 80L * 1024)
        .containsEntry("Raw", false)
        .containsEntry("Sharing mode", "sharingNone")
        .containsEntry("Disk Mode", "persistent")
        .containsEntry("Controller", "sata")
        .containsEntry("Label", "os");
    assertThat(disks.get(1))
        .containsEntry("Sharing mode", "sharingMultiWriter")
        .containsEntry("Disk Path", "[nfs-slow] finance/erp-quorum");
    assertThat(disks.get(2)).containsEntry("Raw", true).containsEntry("Unit #", 2);
  }

  @Test
  void vNetworkHasOneLinePerAdapterWithPortGroupMacAndAddresses() {
    VmFacts facts = facts();
    Map<String, @Nullable Object> pod =
        line(DeviceSheets.V_NETWORK, new NicLine(facts, 0, facts.nics().get(0)));
    Map<String, @Nullable Object> erp =
        line(DeviceSheets.V_NETWORK, new NicLine(facts, 1, facts.nics().get(1)));

    assertThat(pod)
        .containsEntry("NIC label", "Network adapter 1")
        .containsEntry("Network", "VM Network")
        .containsEntry("Switch", "masquerade")
        .containsEntry("IPv4 Address", "10.244.3.7")
        .containsEntry("IPv6 Address", "fd00::7")
        .containsEntry("Connected", true);
    assertThat(erp)
        .containsEntry("NIC label", "Network adapter 2")
        .containsEntry("Network", "vlan-110-finance")
        .containsEntry("Adapter", "e1000e")
        .containsEntry("Mac Address", "02:00:00:00:02:01")
        .containsEntry("IPv4 Address", "192.168.110.20")
        .containsEntry("IPv6 Address", null);
  }
}
