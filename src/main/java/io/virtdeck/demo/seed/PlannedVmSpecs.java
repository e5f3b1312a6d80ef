package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;

import io.virtdeck.demo.seed.VmCatalog.PlannedVm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Pure construction of a planned VM's spec and of its disks' DataVolume specs. */
final class PlannedVmSpecs {

  /** One disk backed by a DataVolume: volume name, DataVolume name, size, image, class. */
  record Disk(
      String volume, String dataVolume, String size, @Nullable String url, String storageClass) {}

  private static final String VIRTIO_WIN =
      "https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/stable-virtio/virtio-win.iso";

  private PlannedVmSpecs() {}

  static List<Disk> disks(PlannedVm vm) {
    var p = vm.profile();
    var result = new ArrayList<Disk>();
    result.add(
        new Disk(
            "rootdisk",
            vm.name() + "-rootdisk",
            p.rootSize(),
            p.os().imageUrl(),
            p.storageClass()));
    if (p.dataSize() != null) {
      result.add(new Disk("datadisk", vm.name() + "-data", p.dataSize(), null, p.storageClass()));
    }
    if (p.cdrom()) {
      result.add(new Disk("cdrom", vm.name() + "-virtio-win", "1Gi", VIRTIO_WIN, "nfs-slow"));
    }
    return result;
  }

  /** The DataVolume spec for one disk (also used in the VM's dataVolumeTemplates). */
  static Map<String, Object> dataVolumeSpec(Disk disk) {
    Object source = disk.url() == null ? map("blank", map()) : map("http", map("url", disk.url()));
    return map(
        "source",
        source,
        "storage",
        map(
            "resources", map("requests", map("storage", disk.size())),
            "storageClassName", disk.storageClass()));
  }

  static Map<String, String> labels(PlannedVm vm) {
    var p = vm.profile();
    return Json.strings(
        "app",
        p.app(),
        "tier",
        p.tier(),
        "kubevirt.io/os",
        p.os().windows() ? "windows" : "linux",
        "os.template.kubevirt.io/" + p.os().templateLabel(),
        "true");
  }

  static Map<String, String> annotations(PlannedVm vm) {
    return Json.strings(
        "vm.kubevirt.io/os", vm.profile().os().osId(), "virtdeck.io/notes", vm.profile().notes());
  }

  /** The VM's top-level fields: spec with template, preference and dataVolumeTemplates. */
  static Map<String, Object> body(PlannedVm vm) {
    var p = vm.profile();
    var disks = disks(vm);
    var diskDevices = new ArrayList<Object>();
    var volumes = new ArrayList<Object>();
    var templates = new ArrayList<Object>();
    for (var disk : disks) {
      diskDevices.add(
          switch (disk.volume()) {
            case "rootdisk" ->
                map("name", "rootdisk", "bootOrder", 1, "disk", map("bus", "virtio"));
            case "cdrom" ->
                map("name", "cdrom", "bootOrder", 2, "cdrom", map("bus", "sata", "readonly", true));
            default ->
                map(
                    "name",
                    disk.volume(),
                    "disk",
                    map("bus", "virtio"),
                    "serial",
                    "DATA" + vm.index());
          });
      volumes.add(map("name", disk.volume(), "dataVolume", map("name", disk.dataVolume())));
      templates.add(map("metadata", map("name", disk.dataVolume()), "spec", dataVolumeSpec(disk)));
    }
    if (!p.os().windows()) {
      diskDevices.add(map("name", "cloudinitdisk", "disk", map("bus", "virtio")));
      volumes.add(map("name", "cloudinitdisk", "cloudInitNoCloud", map("userData", userData(vm))));
    }
    var interfaces = new ArrayList<Object>(List.of(map("name", "default", "masquerade", map())));
    var networks = new ArrayList<Object>(List.of(map("name", "default", "pod", map())));
    if (p.nic() != null) {
      interfaces.add(
          map(
              "name",
              "nic-1",
              "bridge",
              map(),
              "model",
              p.nicModel(),
              "macAddress",
              vm.macAddress()));
      networks.add(
          map(
              "name",
              "nic-1",
              "multus",
              map("networkName", NetworkSeed.networkName(p.nic(), vm.namespace()))));
    }
    var devices =
        map(
            "disks",
            diskDevices,
            "interfaces",
            interfaces,
            "rng",
            p.os().windows() ? null : map(),
            "tpm",
            p.os().windows() ? map("persistent", true) : null);
    var domain =
        map(
            "cpu",
            map("sockets", p.sockets(), "cores", p.cores(), "threads", p.threads()),
            "memory",
            map("guest", p.memory()),
            "machine",
            map("type", "q35"),
            "firmware",
            p.os().windows()
                ? map("bootloader", map("efi", map("secureBoot", true, "persistent", true)))
                : null,
            "features",
            p.os().windows()
                ? map(
                    "acpi",
                    map(),
                    "apic",
                    map(),
                    "smm",
                    map("enabled", true),
                    "hyperv",
                    map("relaxed", map(), "vapic", map(), "spinlocks", map("spinlocks", 8191)))
                : null,
            "clock",
            p.os().windows()
                ? map("timezone", "UTC", "timer", map("hpet", map("present", false)))
                : null,
            "devices",
            devices);
    var templateLabels =
        Json.strings("kubevirt.io/domain", vm.name(), "app", p.app(), "tier", p.tier());
    var spec =
        map(
            "runStrategy",
            vm.running() ? "Always" : "Halted",
            "preference",
            map("kind", "VirtualMachineClusterPreference", "name", p.os().preference()),
            "dataVolumeTemplates",
            templates,
            "template",
            map(
                "metadata", map("labels", templateLabels),
                "spec",
                    map(
                        "domain", domain,
                        "networks", networks,
                        "volumes", volumes,
                        "evictionStrategy", "LiveMigrate",
                        "terminationGracePeriodSeconds", p.os().windows() ? 3600 : 180)));
    return map("spec", spec);
  }

  private static String userData(PlannedVm vm) {
    return """
        #cloud-config
        hostname: %s
        user: cloud-user
        password: changeme
        chpasswd: { expire: False }
        packages: [qemu-guest-agent]
        runcmd:
          - [systemctl, enable, --now, qemu-guest-agent]
        """
        .formatted(vm.name());
  }
}
