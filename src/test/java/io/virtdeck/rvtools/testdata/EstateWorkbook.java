package io.virtdeck.rvtools.testdata;

import io.virtdeck.rvtools.RvTools4Headings;
import io.virtdeck.rvtools.testdata.Estate.Datastore;
import io.virtdeck.rvtools.testdata.Estate.Host;
import io.virtdeck.rvtools.testdata.Estate.PortGroup;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an estate as RVTools 4.x does: its sheets with every RVTools heading in RVTools' order
 * (the ones a generated estate has no value for left empty), numbers as numbers, True/False as
 * text. {@link Options} make the variants of the malformed corpus: columns in another order,
 * numbers as text in a German locale, sheets left out.
 */
public final class EstateWorkbook {

  /** How to deviate from what RVTools writes. */
  public record Options(boolean shuffleColumns, boolean localizedNumbers, Set<String> leaveOut) {
    public static final Options AS_RVTOOLS = new Options(false, false, Set.of());
  }

  private static final LocalDateTime CREATED = LocalDateTime.of(2024, 3, 1, 9, 0);

  private final Estate estate;
  private final Options options;
  private final SXSSFWorkbook book = new SXSSFWorkbook(500);
  private final CellStyle dates = book.createCellStyle();
  private final DecimalFormat german =
      new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));

  private EstateWorkbook(Estate estate, Options options) {
    this.estate = estate;
    this.options = options;
    dates.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
  }

  public static void write(Estate estate, Options options, OutputStream out) throws IOException {
    var writer = new EstateWorkbook(estate, options);
    try (writer.book) {
      writer.writeAll();
      writer.book.write(out);
    }
  }

  private void writeAll() {
    sheet("vInfo", estate.vms().stream().map(this::info).toList());
    sheet(
        "vCPU",
        estate.vms().stream()
            .map(
                vm ->
                    withVm(
                        vm,
                        Map.of(
                            "CPUs",
                            vm.cpus(),
                            "Sockets",
                            vm.sockets(),
                            "Cores p/s",
                            vm.cpus() / vm.sockets())))
            .toList());
    sheet(
        "vMemory",
        estate.vms().stream().map(vm -> withVm(vm, Map.of("Size MiB", vm.memoryMib()))).toList());
    List<Map<String, Object>> disks = new ArrayList<>();
    List<Map<String, Object>> nics = new ArrayList<>();
    List<Map<String, Object>> snapshots = new ArrayList<>();
    List<Map<String, Object>> tools = new ArrayList<>();
    for (EstateVm vm : estate.vms()) {
      for (int d = 0; d < vm.disks().size(); d++) {
        disks.add(disk(vm, d));
      }
      for (int n = 0; n < vm.nics().size(); n++) {
        var nic = vm.nics().get(n);
        nics.add(
            withVm(
                vm,
                map(
                    "NIC label",
                    "Network adapter " + (n + 1),
                    "Adapter",
                    nic.adapter(),
                    "Network",
                    nic.portGroup(),
                    "Switch",
                    switchOf(nic.portGroup()),
                    "Connected",
                    nic.connected(),
                    "Starts Connected",
                    true,
                    "Mac Address",
                    nic.mac(),
                    "Type",
                    nic.adapter(),
                    "IPv4 Address",
                    nic.ipv4())));
      }
      for (var s : vm.snapshots()) {
        snapshots.add(
            withVm(
                vm,
                map(
                    "Name",
                    s.name(),
                    "Description",
                    s.description(),
                    "Date / time",
                    CREATED.plusDays(30),
                    "Size MiB (total)",
                    s.sizeMib(),
                    "Quiesced",
                    s.quiesced(),
                    "State",
                    vm.powerState())));
      }
      tools.add(
          withVm(
              vm,
              map(
                  "Tools",
                  vm.tools(),
                  "VM Version",
                  "vmx-19",
                  "Tools Version",
                  vm.tools().equals("toolsNotInstalled") ? "" : "12352")));
    }
    sheet("vDisk", disks);
    sheet("vNetwork", nics);
    sheet("vSnapshot", snapshots);
    sheet("vTools", tools);
    sheet("vHost", estate.hosts().stream().map(this::host).toList());
    sheet(
        "vPort",
        estate.portGroups().stream().filter(p -> !p.distributed()).map(this::port).toList());
    sheet(
        "dvPort",
        estate.portGroups().stream().filter(PortGroup::distributed).map(this::dvPort).toList());
    sheet("vDatastore", estate.datastores().stream().map(this::datastore).toList());
  }

  private Map<String, Object> info(EstateVm vm) {
    Map<String, Object> nets = new LinkedHashMap<>();
    for (int n = 0; n < vm.nics().size(); n++) {
      nets.put("Network #" + (n + 1), vm.nics().get(n).portGroup());
    }
    var values =
        map(
            "DNS Name", vm.powerState().equals("poweredOn") ? vm.name() + ".corp.example.com" : "",
            "Connection state", "connected",
            "Guest state", vm.powerState().equals("poweredOn") ? "running" : "notRunning",
            "Heartbeat", vm.tools().equals("toolsOk") ? "green" : "gray",
            "Consolidation Needed", false,
            "Creation date", CREATED,
            "CPUs", vm.cpus(),
            "Memory", vm.memoryMib(),
            "NICs", vm.nics().size(),
            "Disks", vm.disks().size(),
            "Total disk capacity MiB", vm.provisionedMib(),
            "Primary IP Address", vm.nics().getFirst().ipv4(),
            "Resource pool", "Resources",
            "Folder", vm.folder(),
            "Provisioned MiB", vm.provisionedMib(),
            "In Use MiB", vm.provisionedMib() / 2,
            "EFI Secure boot", vm.secureBoot(),
            "Firmware", vm.firmware(),
            "HW version", "19",
            "Path",
                "["
                    + vm.disks().getFirst().datastore()
                    + "] "
                    + vm.name()
                    + "/"
                    + vm.name()
                    + ".vmx",
            "Annotation", vm.annotation(),
            "OS according to the VMware Tools", vm.tools().equals("toolsOk") ? vm.guestOs() : "",
            "SMBIOS UUID", vm.uuid());
    values.putAll(nets);
    return withVm(vm, values);
  }

  private Map<String, Object> disk(EstateVm vm, int d) {
    var disk = vm.disks().get(d);
    return withVm(
        vm,
        map(
            "Disk",
            "Hard disk " + (d + 1),
            "Disk Key",
            2000 + d,
            "Disk Path",
            "["
                + disk.datastore()
                + "] "
                + vm.name()
                + "/"
                + vm.name()
                + (d == 0 ? "" : "_" + d)
                + ".vmdk",
            "Capacity MiB",
            disk.capacityMib(),
            "Raw",
            disk.raw(),
            "Disk Mode",
            "persistent",
            "Sharing mode",
            disk.sharing(),
            "Thin",
            disk.thin(),
            "Controller",
            "SCSI controller 0",
            "Label",
            "Hard disk " + (d + 1),
            "Unit #",
            d,
            "Shared Bus",
            "noSharing",
            "Raw Comp. Mode",
            disk.rawMode()));
  }

  private Map<String, Object> withVm(EstateVm vm, Map<String, Object> values) {
    var all =
        map(
            "VM", vm.name(),
            "Powerstate", vm.powerState(),
            "Template", vm.template(),
            "SRM Placeholder", false,
            "Datacenter", estate.datacenter(),
            "Cluster", estate.cluster(),
            "Host", vm.host(),
            "Folder", vm.folder(),
            "OS according to the configuration file", vm.guestOs(),
            "VM ID", "vm-" + Math.abs(vm.uuid().hashCode() % 100000),
            "VM UUID", vm.uuid(),
            "VI SDK Server", estate.vcenter());
    all.putAll(values);
    return all;
  }

  private Map<String, Object> host(Host h) {
    return map(
        "Host",
        h.name(),
        "Datacenter",
        estate.datacenter(),
        "Cluster",
        estate.cluster(),
        "Config status",
        "green",
        "in Maintenance Mode",
        false,
        "CPU Model",
        h.cpuModel(),
        "# CPU",
        2,
        "# Cores",
        h.cores(),
        "# Memory",
        h.memoryMib(),
        "ESX Version",
        h.esxVersion(),
        "VI SDK Server",
        estate.vcenter());
  }

  private Map<String, Object> port(PortGroup p) {
    return map(
        "Host",
        estate.hosts().getFirst().name(),
        "Datacenter",
        estate.datacenter(),
        "Cluster",
        estate.cluster(),
        "Port Group",
        p.name(),
        "Switch",
        p.vswitch(),
        "VLAN",
        p.vlan());
  }

  private Map<String, Object> dvPort(PortGroup p) {
    return map(
        "Port",
        p.name(),
        "Switch",
        p.vswitch(),
        "Type",
        "earlyBinding",
        "# Ports",
        128,
        "VLAN",
        p.vlan());
  }

  private Map<String, Object> datastore(Datastore d) {
    return map(
        "Name",
        d.name(),
        "Accessible",
        true,
        "Type",
        d.type(),
        "Capacity MiB",
        d.capacityMib(),
        "Free MiB",
        d.freeMib(),
        "In Use MiB",
        d.capacityMib() - d.freeMib(),
        "Free %",
        100 * d.freeMib() / d.capacityMib());
  }

  private String switchOf(String portGroup) {
    return estate.portGroups().stream()
        .filter(p -> p.name().equals(portGroup))
        .map(PortGroup::vswitch)
        .findFirst()
        .orElse("");
  }

  private void sheet(String name, List<Map<String, Object>> lines) {
    if (options.leaveOut().contains(name)) {
      return;
    }
    List<String> headings = new ArrayList<>(RvTools4Headings.of(name));
    if (options.shuffleColumns()) {
      Collections.shuffle(headings, new Random(name.hashCode()));
    }
    Sheet sheet = book.createSheet(name);
    Row top = sheet.createRow(0);
    for (int c = 0; c < headings.size(); c++) {
      top.createCell(c).setCellValue(headings.get(c));
    }
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < headings.size(); c++) {
        Object value = lines.get(r).get(headings.get(c));
        if (value != null) {
          cell(row.createCell(c), value);
        }
      }
    }
  }

  private void cell(Cell cell, Object value) {
    switch (value) {
      case Number n when options.localizedNumbers() -> cell.setCellValue(german.format(n));
      case Number n -> cell.setCellValue(n.doubleValue());
      case Boolean b -> cell.setCellValue(b ? "True" : "False");
      case LocalDateTime t -> {
        cell.setCellValue(t);
        cell.setCellStyle(dates);
      }
      default -> cell.setCellValue(value.toString());
    }
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
