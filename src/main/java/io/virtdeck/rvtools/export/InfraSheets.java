package io.virtdeck.rvtools.export;

import static io.virtdeck.rvtools.export.Values.mib;
import static io.virtdeck.rvtools.export.Values.orNull;
import static io.virtdeck.rvtools.export.VmSheets.col;

import io.virtdeck.host.HostState;
import io.virtdeck.rvtools.export.Lines.DatastoreLine;
import io.virtdeck.rvtools.export.Lines.HostLine;
import io.virtdeck.rvtools.sheets.Headings;
import io.virtdeck.rvtools.sheets.Sheets;
import io.virtdeck.storage.Amount;
import io.virtdeck.storage.Capacity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sheets of the infrastructure: vHost (Nodes) and vDatastore (StorageClasses). */
public final class InfraSheets {

  private InfraSheets() {}

  public static final SheetSpec<HostLine> V_HOST =
      new SheetSpec<>(
          Sheets.V_HOST,
          List.of(
              col(Headings.HOST, "the Node's `metadata.name`", h -> h.host().name()),
              col(Headings.DATACENTER, "the cluster's name in VirtDeck", HostLine::datacenter),
              col(Headings.CLUSTER, "the cluster's name in VirtDeck", HostLine::datacenter),
              col(
                  Headings.CONFIG_STATUS,
                  "`green` when the Node is Ready, else `red`",
                  h -> h.host().state() == HostState.NOT_RESPONDING ? "red" : "green"),
              col(
                  Headings.IN_MAINTENANCE_MODE,
                  "True when the Node is cordoned (`spec.unschedulable`)",
                  h -> h.host().cordoned()),
              col(
                  Headings.CPU_MODEL,
                  "KubeVirt's host CPU model labels (`cpu-model.node.kubevirt.io/…`)",
                  h -> orNull(h.details().cpuModels())),
              col(Headings.CORES, "`status.capacity.cpu`", h -> h.host().cpuCapacity() / 1000),
              col(
                  Headings.CPU_USAGE,
                  "what the VMs request of `status.allocatable.cpu`, in %",
                  h -> percent(h.host().cpuRequested(), h.host().cpuAllocatable())),
              col(
                  Headings.HOST_MEMORY,
                  "`status.capacity.memory`, in MiB",
                  h -> mib(h.host().memoryCapacity())),
              col(
                  Headings.MEMORY_USAGE,
                  "what the VMs request of `status.allocatable.memory`, in %",
                  h -> percent(h.host().memoryRequested(), h.host().memoryAllocatable())),
              col(
                  Headings.VMS,
                  "the exported VMs running on the Node (VMI `status.nodeName`)",
                  HostLine::vms),
              col(Headings.VCPUS, "their vCPUs", HostLine::vcpus),
              col(Headings.VRAM, "their memory, in MiB", h -> mib(h.vramBytes())),
              col(
                  Headings.ESX_VERSION,
                  "`status.nodeInfo.kubeletVersion`",
                  h -> orNull(h.details().kubelet())),
              col(
                  Headings.MODEL,
                  "`status.nodeInfo.osImage`",
                  h -> orNull(h.details().osImage()))));

  public static final SheetSpec<DatastoreLine> V_DATASTORE =
      new SheetSpec<>(
          Sheets.V_DATASTORE,
          List.of(
              col(Headings.NAME, "the StorageClass's `metadata.name`", d -> d.datastore().name()),
              col(Headings.ACCESSIBLE, "always True", d -> true),
              col(
                  Headings.TYPE,
                  "the StorageClass's `provisioner`",
                  d -> d.datastore().provisioner()),
              col(Headings.VMS, "the exported VMs with a disk on it", DatastoreLine::vms),
              col(
                  Headings.CAPACITY_MIB,
                  "the driver's CSIStorageCapacity plus what is used, where known (as the datastore's Summary)",
                  d -> mib(capacity(d).capacity())),
              col(
                  Headings.PROVISIONED_MIB,
                  "the claims' requests on the StorageClass",
                  d -> mib(capacity(d).provisioned())),
              col(
                  Headings.IN_USE_MIB,
                  "bound PersistentVolumes' capacity (or bound claims')",
                  d -> mib(capacity(d).used())),
              col(
                  Headings.FREE_MIB,
                  "the driver's CSIStorageCapacity `capacity`",
                  d -> mib(capacity(d).free())),
              col(
                  Headings.FREE_PERCENT,
                  "Free MiB of Capacity MiB, in %",
                  d -> percent(capacity(d).free(), capacity(d).capacity()))));

  private record Bytes(long capacity, long provisioned, long used, long free) {}

  private static Bytes capacity(DatastoreLine line) {
    Capacity c = line.datastore().capacity();
    return new Bytes(bytes(c.capacity()), bytes(c.provisioned()), bytes(c.used()), bytes(c.free()));
  }

  private static long bytes(Amount amount) {
    return amount.known() ? amount.bytes() : -1;
  }

  private static @Nullable Long percent(long part, long whole) {
    return part < 0 || whole <= 0 ? null : Math.round(100.0 * part / whole);
  }
}
