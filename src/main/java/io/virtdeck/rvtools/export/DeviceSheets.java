package io.virtdeck.rvtools.export;

import static io.virtdeck.rvtools.export.Values.mib;
import static io.virtdeck.rvtools.export.Values.orNull;
import static io.virtdeck.rvtools.export.VmSheets.col;
import static io.virtdeck.rvtools.export.VmSheets.concat;
import static io.virtdeck.rvtools.export.VmSheets.head;
import static io.virtdeck.rvtools.export.VmSheets.tail;

import io.virtdeck.rvtools.export.Lines.DiskLine;
import io.virtdeck.rvtools.export.Lines.NicLine;
import io.virtdeck.rvtools.export.Lines.SnapshotLine;
import io.virtdeck.rvtools.sheets.Headings;
import io.virtdeck.rvtools.sheets.Sheets;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmDisk;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sheets of a VM's devices and snapshots: vDisk, vNetwork, vSnapshot. */
public final class DeviceSheets {

  private DeviceSheets() {}

  public static final SheetSpec<DiskLine> V_DISK =
      new SheetSpec<>(
          Sheets.V_DISK,
          concat(
              head(DiskLine::vm),
              List.of(
                  col(
                      Headings.DISK,
                      "Hard disk n, in the order of `domain.devices.disks` (CD-ROMs and cloud-init disks left out)",
                      d -> label(d)),
                  col(Headings.DISK_KEY, "2000 + Unit #", d -> 2000 + d.disk().unit()),
                  col(
                      Headings.DISK_PATH,
                      "[StorageClass] namespace/claim, DataVolume or container image",
                      DeviceSheets::path),
                  col(
                      Headings.CAPACITY_MIB,
                      "the DataVolume's or claim's `resources.requests.storage` (the bound claim's `status.capacity` when there is no request)",
                      d -> mib(d.disk().capacityBytes())),
                  col(
                      Headings.RAW,
                      "True for a `lun` disk (a raw device, like an RDM)",
                      d -> d.disk().disk().type().equals("lun")),
                  col(
                      Headings.DISK_MODE,
                      "`persistent` for a claim or DataVolume, `nonpersistent` for a container disk (changes are lost at power off)",
                      d ->
                          d.disk().disk().sourceKind().equals("containerDisk")
                              ? "nonpersistent"
                              : "persistent"),
                  col(
                      Headings.SHARING_MODE,
                      "`sharingMultiWriter` with the disk's `shareable: true`, else `sharingNone`",
                      d -> d.disk().shared() ? "sharingMultiWriter" : "sharingNone"),
                  col(
                      Headings.CONTROLLER,
                      "the disk's bus (`virtio`, `sata`, `scsi`)",
                      d -> d.disk().disk().bus()),
                  col(
                      Headings.LABEL,
                      "the disk's `name` in the VM spec",
                      d -> d.disk().disk().name()),
                  col(
                      Headings.UNIT,
                      "the disk's place among the VM's hard disks, from 0",
                      d -> d.disk().unit())),
              tail(DiskLine::vm, true)));

  public static final SheetSpec<NicLine> V_NETWORK =
      new SheetSpec<>(
          Sheets.V_NETWORK,
          concat(
              head(NicLine::vm),
              List.of(
                  col(
                      Headings.NIC_LABEL,
                      "Network adapter n, in the order of `domain.devices.interfaces`",
                      n -> "Network adapter " + (n.index() + 1)),
                  col(
                      Headings.ADAPTER,
                      "the interface's `model` (virtio, e1000e, …)",
                      n -> orNull(n.nic().model())),
                  col(
                      Headings.NETWORK,
                      "the NetworkAttachmentDefinition of its network (`multus.networkName`), or VM Network for the pod network",
                      n -> Values.portGroup(n.nic())),
                  col(
                      Headings.SWITCH,
                      "the binding: masquerade, bridge or sriov",
                      n -> orNull(n.nic().binding())),
                  col(
                      Headings.CONNECTED,
                      "True while the VM runs (a VMI is Running)",
                      n -> n.vm().summary().row().powerState() == PowerState.POWERED_ON),
                  col(
                      Headings.STARTS_CONNECTED,
                      "always True: KubeVirt connects every interface in the spec at start",
                      n -> true),
                  col(
                      Headings.MAC_ADDRESS,
                      "the interface's `macAddress`, else the VMI's `status.interfaces[].mac`",
                      n -> orNull(n.nic().macAddress())),
                  col(
                      Headings.IPV4_ADDRESS,
                      "the VMI's `status.interfaces[].ipAddresses` (IPv4)",
                      n -> join(n, false)),
                  col(
                      Headings.IPV6_ADDRESS,
                      "the VMI's `status.interfaces[].ipAddresses` (IPv6)",
                      n -> join(n, true))),
              tail(NicLine::vm, true)));

  public static final SheetSpec<SnapshotLine> V_SNAPSHOT =
      new SheetSpec<>(
          Sheets.V_SNAPSHOT,
          concat(
              List.of(
                  col(
                      Headings.VM,
                      "`spec.source.name` of the VirtualMachineSnapshot",
                      s -> s.vm().name()),
                  col(
                      Headings.POWERSTATE,
                      "the VM's power state (see vInfo)",
                      s -> Values.powerState(s.vm().summary().row().powerState())),
                  col(
                      Headings.NAME,
                      "`metadata.name` of the VirtualMachineSnapshot",
                      s -> s.snapshot().name()),
                  col(
                      Headings.DESCRIPTION,
                      "the annotation `virtdeck.io/notes`",
                      s -> orNull(s.snapshot().description())),
                  col(
                      Headings.DATE_TIME,
                      "`status.creationTime`, else `metadata.creationTimestamp`",
                      s -> s.snapshot().created()),
                  col(
                      Headings.SIZE_MIB_TOTAL,
                      "the sum of the snapshot's volumes' `restoreSize` (or the disks' sizes)",
                      s -> mib(s.snapshot().sizeBytes())),
                  col(
                      Headings.QUIESCED,
                      "True with the indication `GuestAgent` (file systems frozen)",
                      s -> s.snapshot().quiesced()),
                  col(
                      Headings.STATE,
                      "`status.phase` (Succeeded, InProgress, Failed)",
                      s -> orNull(s.snapshot().phase()))),
              tail(SnapshotLine::vm, true)));

  private static String label(DiskLine line) {
    return "Hard disk " + (line.disk().unit() + 1);
  }

  private static String path(DiskLine line) {
    VmDisk disk = line.disk().disk();
    String store = disk.storageClass().isEmpty() ? "" : "[" + disk.storageClass() + "] ";
    String source = disk.source().isEmpty() ? disk.name() : disk.source();
    return disk.sourceKind().equals("containerDisk")
        ? source
        : store + line.vm().folder() + "/" + source;
  }

  private static @Nullable String join(NicLine line, boolean v6) {
    String ips =
        String.join(
            ", ", line.nic().ipAddresses().stream().filter(ip -> ip.contains(":") == v6).toList());
    return orNull(ips);
  }
}
