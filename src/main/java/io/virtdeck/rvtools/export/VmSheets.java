package io.virtdeck.rvtools.export;

import static io.virtdeck.rvtools.export.Values.mib;
import static io.virtdeck.rvtools.export.Values.nth;
import static io.virtdeck.rvtools.export.Values.orNull;

import io.virtdeck.rvtools.sheets.Headings;
import io.virtdeck.rvtools.sheets.Sheets;
import io.virtdeck.vm.rows.PowerState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The sheets with one line per VM: vInfo, vCPU, vMemory, and the VM columns others share. */
public final class VmSheets {

  private VmSheets() {}

  public static final SheetSpec<VmFacts> V_INFO =
      new SheetSpec<>(
          Sheets.V_INFO,
          concat(
              head(Function.identity()),
              List.of(
                  col(
                      Headings.DNS_NAME,
                      "`spec.template.spec.hostname` (`.subdomain`), else the VM name while the guest agent is connected",
                      v -> orNull(v.dnsName())),
                  col(
                      Headings.CONNECTION_STATE,
                      "always `connected`: the VirtualMachine exists in the API",
                      v -> "connected"),
                  col(
                      Headings.GUEST_STATE,
                      "`running` while the VMI's `status.phase` is Running, else `notRunning`",
                      v ->
                          v.summary().row().powerState() == PowerState.POWERED_ON
                              ? "running"
                              : "notRunning"),
                  col(
                      Headings.HEARTBEAT,
                      "`green` while the VMI's `AgentConnected` condition is True (qemu-guest-agent), else `gray`",
                      v -> v.summary().guestAgentConnected() ? "green" : "gray"),
                  col(
                      Headings.CONSOLIDATION_NEEDED,
                      "always False: VirtualMachineSnapshots are not delta chains",
                      v -> false),
                  col(
                      Headings.CREATION_DATE,
                      "`metadata.creationTimestamp`",
                      v -> v.summary().row().created()),
                  col(
                      Headings.CPUS,
                      "sockets × cores × threads of `spec.template.spec.domain.cpu`",
                      v -> v.summary().row().vcpus()),
                  col(
                      Headings.MEMORY,
                      "`domain.memory.guest`, else `domain.resources.requests.memory`, in MiB",
                      v -> mib(v.summary().row().memoryBytes())),
                  col(
                      Headings.NICS,
                      "the number of `domain.devices.interfaces`",
                      v -> v.nics().size()),
                  col(Headings.DISKS, "the number of disks in vDisk", v -> v.disks().size()),
                  col(
                      Headings.TOTAL_DISK_CAPACITY_MIB,
                      "the sum of Capacity MiB in vDisk",
                      v -> mib(v.provisionedBytes())),
                  col(
                      Headings.PRIMARY_IP_ADDRESS,
                      "the first address in the VMI's `status.interfaces`",
                      v -> nth(v.summary().row().ipAddresses(), 0, ip -> ip)),
                  col(
                      Headings.NETWORK_1,
                      "the port group of adapter 1: its NetworkAttachmentDefinition (`spec.template.spec.networks[].multus.networkName`), or VM Network for the pod network",
                      v -> nth(v.nics(), 0, Values::portGroup)),
                  col(
                      Headings.NETWORK_2,
                      "as Network #1, adapter 2",
                      v -> nth(v.nics(), 1, Values::portGroup)),
                  col(
                      Headings.NETWORK_3,
                      "as Network #1, adapter 3",
                      v -> nth(v.nics(), 2, Values::portGroup)),
                  col(
                      Headings.NETWORK_4,
                      "as Network #1, adapter 4",
                      v -> nth(v.nics(), 3, Values::portGroup)),
                  col(
                      Headings.RESOURCE_POOL,
                      "`metadata.namespace` (a namespace with its ResourceQuota)",
                      VmFacts::folder),
                  col(Headings.FOLDER, "`metadata.namespace`", VmFacts::folder),
                  col(
                      Headings.PROVISIONED_MIB,
                      "the sum of the disks' requested sizes (DataVolume or claim `resources.requests.storage`)",
                      v -> mib(v.provisionedBytes())),
                  col(
                      Headings.IN_USE_MIB,
                      "the sum of the bound claims' `status.capacity.storage`",
                      v -> mib(v.inUseBytes())),
                  col(
                      Headings.EFI_SECURE_BOOT,
                      "`domain.firmware.bootloader.efi.secureBoot`",
                      VmFacts::secureBoot),
                  col(
                      Headings.FIRMWARE,
                      "`efi` with `domain.firmware.bootloader.efi`, else `bios`",
                      VmFacts::firmware),
                  col(
                      Headings.HW_VERSION,
                      "`domain.machine.type` (e.g. q35)",
                      v -> orNull(v.machineType()))),
              infoTail()));

  public static final SheetSpec<VmFacts> V_CPU =
      new SheetSpec<>(
          Sheets.V_CPU,
          concat(
              head(Function.identity()),
              List.of(
                  col(
                      Headings.CPUS,
                      "sockets × cores × threads of `domain.cpu`",
                      v -> v.summary().row().vcpus()),
                  col(Headings.SOCKETS, "`domain.cpu.sockets` (1 when not set)", VmFacts::sockets),
                  col(
                      Headings.CORES_PER_SOCKET,
                      "`domain.cpu.cores` (1 when not set)",
                      VmFacts::coresPerSocket)),
              tail(Function.identity(), true)));

  public static final SheetSpec<VmFacts> V_MEMORY =
      new SheetSpec<>(
          Sheets.V_MEMORY,
          concat(
              head(Function.identity()),
              List.of(
                  col(
                      Headings.SIZE_MIB,
                      "`domain.memory.guest`, else `domain.resources.requests.memory`, in MiB",
                      v -> mib(v.summary().row().memoryBytes()))),
              tail(Function.identity(), true)));

  /** VM, Powerstate, Template: the first columns of every VM sheet. */
  static <T> List<Column<T>> head(Function<T, VmFacts> vm) {
    return List.of(
        col(Headings.VM, "`metadata.name` of the VirtualMachine", t -> vm.apply(t).name()),
        col(
            Headings.POWERSTATE,
            "`poweredOn` while a VMI runs, `suspended` while it is paused, else `poweredOff`",
            t -> Values.powerState(vm.apply(t).summary().row().powerState())),
        col(
            Headings.TEMPLATE,
            "the label `virtdeck.io/template: \"true\"`",
            t -> vm.apply(t).template()));
  }

  /** vInfo's last columns: no Folder (it comes earlier), and the SMBIOS UUID before VM UUID. */
  private static List<Column<VmFacts>> infoTail() {
    List<Column<VmFacts>> tail = new ArrayList<>(tail(Function.identity(), false));
    tail.add(
        tail.size() - 1,
        col(Headings.SMBIOS_UUID, "`domain.firmware.uuid`", v -> orNull(v.smbiosUuid())));
    return tail;
  }

  /** Annotation … VM UUID: the last columns of every VM sheet (vInfo has Folder earlier). */
  static <T> List<Column<T>> tail(Function<T, VmFacts> vm, boolean folder) {
    return Stream.<Column<T>>of(
            col(
                Headings.ANNOTATION,
                "the annotation `virtdeck.io/notes`",
                t -> orNull(vm.apply(t).summary().notes())),
            col(
                Headings.DATACENTER,
                "the cluster's name in VirtDeck",
                t -> vm.apply(t).datacenter()),
            col(Headings.CLUSTER, "the cluster's name in VirtDeck", t -> vm.apply(t).datacenter()),
            col(
                Headings.HOST,
                "the VMI's `status.nodeName`",
                t -> orNull(vm.apply(t).summary().row().host())),
            col(Headings.FOLDER, "`metadata.namespace`", t -> vm.apply(t).folder()),
            col(
                Headings.OS_CONFIG,
                "the annotation `vm.kubevirt.io/os`, else `spec.preference.name`",
                t -> orNull(vm.apply(t).configuredOs())),
            col(
                Headings.OS_TOOLS,
                "the VMI's `status.guestOSInfo.prettyName` (from the guest agent)",
                t -> orNull(vm.apply(t).toolsOs())),
            col(
                Headings.VM_ID,
                "`metadata.namespace`/`metadata.name`",
                t -> vm.apply(t).folder() + "/" + vm.apply(t).name()),
            col(Headings.VM_UUID, "`metadata.uid`", t -> orNull(vm.apply(t).vmUuid())))
        .filter(c -> folder || !c.heading().equals(Headings.FOLDER))
        .toList();
  }

  static <T> Column<T> col(String heading, String source, Function<T, @Nullable Object> value) {
    return new Column<>(heading, source, value);
  }

  @SafeVarargs
  static <T> List<Column<T>> concat(List<Column<T>>... parts) {
    List<Column<T>> all = new ArrayList<>();
    for (List<Column<T>> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
