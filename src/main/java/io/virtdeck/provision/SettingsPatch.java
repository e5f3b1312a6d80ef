package io.virtdeck.provision;

import static io.virtdeck.cluster.JsonPatch.op;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON patch (RFC 6902) of Edit Settings, pure: one operation per changed field, each preceded
 * by a {@code test} of the value the user saw, so that a VM someone changed meanwhile is refused
 * rather than overwritten; nothing for fields left as they were. Never a whole-object update.
 */
public final class SettingsPatch {

  static final String DOMAIN = "/spec/template/spec/domain";

  private SettingsPatch() {}

  /** The operations from {@code current} to {@code wanted}; empty when nothing changed. */
  public static List<Map<String, Object>> of(CurrentSettings current, VmSettings wanted) {
    VmSettings now = current.settings();
    VmShape shape = current.shape();
    List<Map<String, Object>> ops = new ArrayList<>();
    if (now.cpuChanged(wanted)) {
      cpu(now, wanted, shape, ops);
    }
    if (!Objects.equals(now.memory(), wanted.memory()) && wanted.memory() != null) {
      memory(now, wanted, shape, ops);
    }
    if (!Objects.equals(now.runStrategy(), wanted.runStrategy()) && wanted.runStrategy() != null) {
      runStrategy(now, wanted, shape, ops);
    }
    map("/metadata/labels", now.labels(), wanted.labels(), shape.hasLabels(), ops);
    Map<String, String> before = new LinkedHashMap<>(now.annotations());
    Map<String, String> after = new LinkedHashMap<>(wanted.annotations());
    if (!now.description().isEmpty()) {
      before.put(CurrentSettings.NOTES, now.description());
    }
    if (!wanted.description().isEmpty()) {
      after.put(CurrentSettings.NOTES, wanted.description());
    }
    map("/metadata/annotations", before, after, shape.hasAnnotations(), ops);
    return ops;
  }

  private static void cpu(
      VmSettings now, VmSettings wanted, VmShape shape, List<Map<String, Object>> ops) {
    if (!shape.hasCpu()) {
      Map<String, Object> cpu = new LinkedHashMap<>();
      putIfSet(cpu, "sockets", wanted.sockets());
      putIfSet(cpu, "cores", wanted.cores());
      putIfSet(cpu, "threads", wanted.threads());
      add(shape, DOMAIN + "/cpu", cpu, ops);
      return;
    }
    field(DOMAIN + "/cpu/sockets", now.sockets(), wanted.sockets(), ops);
    field(DOMAIN + "/cpu/cores", now.cores(), wanted.cores(), ops);
    field(DOMAIN + "/cpu/threads", now.threads(), wanted.threads(), ops);
  }

  private static void memory(
      VmSettings now, VmSettings wanted, VmShape shape, List<Map<String, Object>> ops) {
    switch (shape.memoryField()) {
      case GUEST -> field(DOMAIN + "/memory/guest", now.memory(), wanted.memory(), ops);
      case REQUESTS ->
          field(DOMAIN + "/resources/requests/memory", now.memory(), wanted.memory(), ops);
      case NONE -> {
        if (shape.hasMemory()) {
          ops.add(op("add", DOMAIN + "/memory/guest", wanted.memory()));
        } else {
          add(
              shape,
              DOMAIN + "/memory",
              Map.of("guest", Objects.requireNonNull(wanted.memory())),
              ops);
        }
      }
    }
  }

  private static void runStrategy(
      VmSettings now, VmSettings wanted, VmShape shape, List<Map<String, Object>> ops) {
    if (shape.usesRunningField()) {
      // KubeVirt refuses running and runStrategy together: the one replaces the other
      ops.add(op("remove", "/spec/running", null));
      ops.add(op("add", "/spec/runStrategy", wanted.runStrategy()));
      return;
    }
    field("/spec/runStrategy", now.runStrategy(), wanted.runStrategy(), ops);
  }

  /** A domain child added where the domain may be missing (then the domain itself is added). */
  private static void add(VmShape shape, String path, Object value, List<Map<String, Object>> ops) {
    if (shape.hasDomain()) {
      ops.add(op("add", path, value));
    } else {
      String child = path.substring(DOMAIN.length() + 1);
      ops.add(op("add", DOMAIN, Map.of(child, value)));
    }
  }

  private static void field(
      String path, @Nullable Object before, @Nullable Object after, List<Map<String, Object>> ops) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null) {
      ops.add(op("add", path, after));
      return;
    }
    ops.add(op("test", path, before));
    ops.add(after == null ? op("remove", path, null) : op("replace", path, after));
  }

  private static void map(
      String path,
      Map<String, String> before,
      Map<String, String> after,
      boolean exists,
      List<Map<String, Object>> ops) {
    List<String> changed = KeyValueLines.changedKeys(before, after);
    if (changed.isEmpty()) {
      return;
    }
    if (!exists) {
      Map<String, String> added = new LinkedHashMap<>();
      changed.forEach(k -> added.put(k, Objects.requireNonNull(after.get(k))));
      ops.add(op("add", path, added));
      return;
    }
    for (String key : changed) {
      field(path + "/" + escape(key), before.get(key), after.get(key), ops);
    }
  }

  private static void putIfSet(Map<String, Object> map, String key, @Nullable Integer value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A key as one JSON pointer segment: '~' becomes "~0", '/' becomes "~1". */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
