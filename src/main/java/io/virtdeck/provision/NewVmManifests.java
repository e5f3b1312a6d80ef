package io.virtdeck.provision;

import io.virtdeck.vm.rows.VmTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pure: the objects the New VM wizard creates. The VM names its instance type and preference (or
 * carries CPU and memory of its own), gets its boot disk through {@code dataVolumeTemplates} (a
 * clone of a DataSource or claim, or a blank disk; a container disk needs none) and its network
 * adapters (the pod network with masquerade, port groups with bridge), and reads its cloud-init
 * from a Secret: a password or key is never written into the VM's spec.
 */
public final class NewVmManifests {

  private NewVmManifests() {}

  /**
   * The VM; {@code instanceTypeKind} and {@code preferenceKind} are the kinds of the chosen ones
   * (ignored when none is chosen).
   */
  public static Map<String, Object> vm(
      NewVm vm, @Nullable String instanceTypeKind, @Nullable String preferenceKind) {
    boolean preferred = !vm.preference().isBlank();
    List<Object> disks = new ArrayList<>();
    List<Object> volumes = new ArrayList<>();
    List<Object> templates = new ArrayList<>();
    disks.add(disk("rootdisk", preferred, 1));
    if (vm.boot().source() == NewVm.Source.CONTAINER_DISK) {
      volumes.add(
          map("name", "rootdisk", "containerDisk", map("image", vm.boot().image().strip())));
    } else {
      volumes.add(map("name", "rootdisk", "dataVolume", map("name", vm.rootDisk())));
      templates.add(
          map(
              "metadata",
              map("name", vm.rootDisk()),
              "spec",
              dataVolumeSpec(vm.boot(), vm.boot().storageClass(), vm.boot().size())));
    }
    int n = 1;
    for (NewVm.ExtraDisk extra : vm.disks()) {
      String volume = "disk-" + n++;
      disks.add(disk(volume, preferred, 0));
      volumes.add(map("name", volume, "dataVolume", map("name", extra.name().strip())));
      templates.add(
          map(
              "metadata",
              map("name", extra.name().strip()),
              "spec",
              map(
                  "source",
                  map("blank", map()),
                  "storage",
                  storage(extra.storageClass(), extra.size()))));
    }
    if (vm.guest().any()) {
      disks.add(disk("cloudinitdisk", preferred, 0));
      volumes.add(
          map(
              "name",
              "cloudinitdisk",
              "cloudInitNoCloud",
              map("secretRef", map("name", vm.cloudInitSecret()))));
    }
    List<Object> interfaces = new ArrayList<>();
    List<Object> networks = new ArrayList<>();
    int nic = 1;
    for (String network : vm.networks()) {
      if (network.equals(NewVm.POD_NETWORK)) {
        interfaces.add(map("name", "default", "masquerade", map()));
        networks.add(map("name", "default", "pod", map()));
      } else {
        String name = "nic-" + nic++;
        interfaces.add(map("name", name, "bridge", map()));
        networks.add(map("name", name, "multus", map("networkName", network)));
      }
    }
    Map<String, Object> devices = map("disks", disks, "interfaces", interfaces);
    if (interfaces.isEmpty()) {
      devices.put("autoattachPodInterface", false);
    }
    Map<String, Object> domain = map("devices", devices);
    boolean typed = !vm.instanceType().isBlank();
    if (!typed) {
      domain.put(
          "cpu", map("sockets", Integer.parseInt(vm.cpus().strip()), "cores", 1, "threads", 1));
      domain.put("memory", map("guest", vm.memory().strip()));
    }
    // a template is never powered on
    Map<String, Object> spec =
        map("runStrategy", vm.powerOn() && !vm.template() ? "Always" : "Halted");
    if (typed) {
      spec.put("instancetype", map("kind", instanceTypeKind, "name", vm.instanceType()));
    }
    if (preferred) {
      spec.put("preference", map("kind", preferenceKind, "name", vm.preference()));
    }
    if (!templates.isEmpty()) {
      spec.put("dataVolumeTemplates", templates);
    }
    spec.put(
        "template",
        map(
            "metadata",
            map("labels", map("kubevirt.io/domain", vm.name())),
            "spec",
            map("domain", domain, "networks", networks, "volumes", volumes)));
    return map(
        "apiVersion",
        "kubevirt.io/v1",
        "kind",
        "VirtualMachine",
        "metadata",
        map(
            "name",
            vm.name(),
            "namespace",
            vm.namespace(),
            "labels",
            vm.template() ? map(VmTemplates.LABEL, VmTemplates.VALUE) : null),
        "spec",
        spec);
  }

  /** The Secret with the cloud-init user data (key {@code userdata}, as KubeVirt reads it). */
  public static Map<String, Object> secret(NewVm vm) {
    return map(
        "apiVersion",
        "v1",
        "kind",
        "Secret",
        "metadata",
        map(
            "name",
            vm.cloudInitSecret(),
            "namespace",
            vm.namespace(),
            "labels",
            map("virtdeck.io/vm", vm.name())),
        "type",
        "Opaque",
        "stringData",
        map("userdata", userData(vm.guest())));
  }

  /** The cloud-config: each value a JSON string, which YAML reads as it is written. */
  static String userData(NewVm.Guest guest) {
    StringBuilder text = new StringBuilder("#cloud-config\n");
    if (!guest.hostname().isBlank()) {
      text.append("hostname: ").append(quoted(guest.hostname().strip())).append('\n');
    }
    if (!guest.user().isBlank()) {
      text.append("user: ").append(quoted(guest.user().strip())).append('\n');
    }
    if (!guest.password().isEmpty()) {
      text.append("password: ").append(quoted(guest.password())).append('\n');
      text.append("chpasswd: {expire: false}\n");
      text.append("ssh_pwauth: true\n");
    }
    List<String> keys = SshKeys.lines(guest.sshKeys());
    if (!keys.isEmpty()) {
      text.append("ssh_authorized_keys:\n");
      keys.forEach(k -> text.append("  - ").append(quoted(k)).append('\n'));
    }
    return text.toString();
  }

  private static String quoted(String value) {
    return io.virtdeck.cluster.JsonPatch.json(value);
  }

  private static Map<String, Object> dataVolumeSpec(
      NewVm.BootDisk boot, String storageClass, String size) {
    Map<String, Object> spec = new LinkedHashMap<>();
    switch (boot.source()) {
      case DATA_SOURCE ->
          spec.put(
              "sourceRef",
              map(
                  "kind",
                  "DataSource",
                  "name",
                  boot.ref().name(),
                  "namespace",
                  boot.ref().namespace()));
      case CLONE_DISK ->
          spec.put(
              "source",
              map("pvc", map("namespace", boot.ref().namespace(), "name", boot.ref().name())));
      case BLANK, CONTAINER_DISK -> spec.put("source", map("blank", map()));
    }
    spec.put("storage", storage(storageClass, size));
    return spec;
  }

  private static Map<String, Object> storage(String storageClass, String size) {
    return map(
        "resources",
        map("requests", map("storage", size.strip())),
        "storageClassName",
        storageClass);
  }

  private static Map<String, Object> disk(String name, boolean preferred, int bootOrder) {
    Map<String, Object> disk = map("name", name);
    if (bootOrder > 0) {
      disk.put("bootOrder", bootOrder);
    }
    // a preference picks the bus (virtio, or sata for Windows) where the disk names none
    disk.put("disk", preferred ? map() : map("bus", "virtio"));
    return disk;
  }

  /** An ordered map from alternating keys and values; null values are left out. */
  static Map<String, Object> map(@Nullable Object... keyValues) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        result.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
      }
    }
    return result;
  }
}
