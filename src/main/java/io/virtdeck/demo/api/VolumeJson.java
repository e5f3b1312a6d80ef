package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON patches of a VM's or instance's disks and volumes, for {@link VolumeActions}. */
final class VolumeJson {

  private VolumeJson() {}

  static String addOps(
      GenericKubernetesResource object, String spec, Map<?, ?> disk, Map<String, Object> volume) {
    List<Object> ops = new ArrayList<>();
    boolean hasDisks = list(object, spec, "domain", "devices", "disks") != null;
    ops.add(
        hasDisks
            ? op("add", spec + "/domain/devices/disks/-", disk)
            : op("add", spec + "/domain/devices/disks", List.of(disk)));
    boolean hasVolumes = list(object, spec, "volumes") != null;
    ops.add(
        hasVolumes
            ? op("add", spec + "/volumes/-", volume)
            : op("add", spec + "/volumes", List.of(volume)));
    return Serialization.asJson(ops);
  }

  static String removeOps(GenericKubernetesResource object, String spec, String volume) {
    List<Object> ops = new ArrayList<>();
    int disk = names(object, spec, "domain", "devices", "disks").indexOf(volume);
    if (disk >= 0) {
      ops.add(op("test", spec + "/domain/devices/disks/" + disk + "/name", volume));
      ops.add(op("remove", spec + "/domain/devices/disks/" + disk, null));
    }
    int index = names(object, spec, "volumes").indexOf(volume);
    ops.add(op("test", spec + "/volumes/" + index + "/name", volume));
    ops.add(op("remove", spec + "/volumes/" + index, null));
    return Serialization.asJson(ops);
  }

  static @Nullable List<?> list(GenericKubernetesResource object, String spec, String... path) {
    Object node = object.getAdditionalProperties();
    List<String> keys = new ArrayList<>(List.of(spec.substring(1).split("/")));
    keys.addAll(List.of(path));
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node instanceof List<?> list ? list : null;
  }

  static List<String> names(GenericKubernetesResource object, String spec, String... path) {
    List<?> list = list(object, spec, path);
    List<String> names = new ArrayList<>();
    if (list != null) {
      list.forEach(i -> names.add(i instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : ""));
    }
    return names;
  }

  static Map<String, Object> op(String op, String path, @Nullable Object value) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("op", op);
    result.put("path", path);
    if (value != null) {
      result.put("value", value);
    }
    return result;
  }
}
