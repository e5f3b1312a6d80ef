package io.virtdeck.storage;

import static io.virtdeck.cluster.JsonPatch.op;

import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pure builders of the requests that change a VM's disks: JSON patches (RFC 6902) of a stopped VM's
 * spec that test the names at the indexes they touch, and the bodies of the {@code addvolume} and
 * {@code removevolume} subresources. Never a whole-object update.
 */
public final class DiskPatches {

  static final String SPEC = "/spec/template/spec";
  static final String DISKS = SPEC + "/domain/devices/disks";
  static final String VOLUMES = SPEC + "/volumes";

  private DiskPatches() {}

  /** Adds a disk device and its volume (claim or DataVolume) to the VM's template. */
  public static String attach(VirtualMachine vm, String claim, boolean dataVolume, String bus) {
    VmiSpec spec = spec(vm);
    List<Object> ops = new ArrayList<>();
    var devices = spec.domain == null ? null : spec.domain.devices;
    if (devices == null || devices.disks == null || spec.volumes == null) {
      ops.add(test("/metadata/resourceVersion", vm.getMetadata().getResourceVersion()));
    }
    Map<String, Object> disk = disk(claim, bus);
    if (devices == null) {
      ops.add(op("add", SPEC + "/domain/devices", Map.of("disks", List.of(disk))));
    } else if (devices.disks == null) {
      ops.add(op("add", DISKS, List.of(disk)));
    } else {
      ops.add(op("add", DISKS + "/-", disk));
    }
    Map<String, Object> volume = volume(claim, dataVolume, false);
    ops.add(
        spec.volumes == null
            ? op("add", VOLUMES, List.of(volume))
            : op("add", VOLUMES + "/-", volume));
    return json(ops);
  }

  /** Removes the disk device and its volume (and a dataVolumeTemplate of the same name). */
  public static String detach(VirtualMachine vm, String diskName) {
    VmiSpec spec = spec(vm);
    List<Object> ops = new ArrayList<>();
    List<VmiSpec.Disk> disks =
        spec.domain == null || spec.domain.devices == null || spec.domain.devices.disks == null
            ? List.of()
            : spec.domain.devices.disks;
    int disk = indexOf(disks.stream().map(d -> d.name).toList(), diskName);
    List<VmiSpec.Volume> volumes = spec.volumes == null ? List.of() : spec.volumes;
    int volume = indexOf(volumes.stream().map(v -> v.name).toList(), diskName);
    if (disk < 0 && volume < 0) {
      throw new IllegalArgumentException("No disk " + diskName);
    }
    if (disk >= 0) {
      ops.add(test(DISKS + "/" + disk + "/name", diskName));
      ops.add(op("remove", DISKS + "/" + disk, null));
    }
    if (volume >= 0) {
      ops.add(test(VOLUMES + "/" + volume + "/name", diskName));
      ops.add(op("remove", VOLUMES + "/" + volume, null));
    }
    return json(ops);
  }

  /** The body of {@code addvolume}: a hot-pluggable disk named after its claim. */
  public static String addVolume(String claim, boolean dataVolume, String bus) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", claim);
    body.put("disk", disk(claim, bus));
    Map<String, Object> source = volume(claim, dataVolume, true);
    source.remove("name");
    body.put("volumeSource", source);
    return json(body);
  }

  /** The body of {@code removevolume}. */
  public static String removeVolume(String volumeName) {
    return json(Map.of("name", volumeName));
  }

  private static Map<String, Object> volume(String claim, boolean dataVolume, boolean hotplug) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put(dataVolume ? "name" : "claimName", claim);
    if (hotplug) {
      ref.put("hotpluggable", true);
    }
    Map<String, Object> volume = new LinkedHashMap<>();
    volume.put("name", claim);
    volume.put(dataVolume ? "dataVolume" : "persistentVolumeClaim", ref);
    return volume;
  }

  private static int indexOf(List<? extends @Nullable String> names, String name) {
    return names.indexOf(name);
  }

  /** A disk device, its fields in a fixed order (the patch shown to the user reads the same). */
  private static Map<String, Object> disk(String claim, String bus) {
    Map<String, Object> disk = new LinkedHashMap<>();
    disk.put("name", claim);
    disk.put("disk", Map.of("bus", bus));
    return disk;
  }

  private static VmiSpec spec(VirtualMachine vm) {
    var spec = vm.getSpec();
    return spec == null || spec.template == null || spec.template.spec == null
        ? new VmiSpec()
        : spec.template.spec;
  }

  private static Map<String, Object> test(String path, @Nullable Object value) {
    return op("test", path, value);
  }

  static String json(Object value) {
    return JsonPatch.json(value);
  }
}
