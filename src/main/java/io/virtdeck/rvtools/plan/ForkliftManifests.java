package io.virtdeck.rvtools.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Draft Forklift ({@code forklift.konveyor.io/v1beta1}) NetworkMap, StorageMap and Plan for the
 * plan: every port group and datastore the VMs use mapped as the plan maps them (adapters of a port
 * group mapped by hand are left out with a comment), and the VMs that are not blocked. Nothing is
 * applied: the user reviews the YAML and applies it where Forklift runs.
 */
public final class ForkliftManifests {

  public static final String API_VERSION = "forklift.konveyor.io/v1beta1";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .build();

  private ForkliftManifests() {}

  /** NetworkMap, StorageMap and Plan, in that order. */
  public static List<Map<String, Object>> objects(MigrationPlan plan, ForkliftSettings settings) {
    return List.of(
        networkMap(plan, settings), storageMap(plan, settings), planObject(plan, settings));
  }

  /** The three objects as one YAML stream, with a comment on top saying what it is. */
  public static String yaml(MigrationPlan plan, ForkliftSettings settings) {
    var out = new StringBuilder();
    out.append(
            "# Draft Forklift objects written by VirtDeck from an RVTools export: review them,\n")
        .append("# then apply them in the namespace where Forklift runs (kubectl apply -f).\n");
    plan.networks().stream()
        .filter(n -> n.target() instanceof NetworkTarget.Unmapped)
        .forEach(
            n ->
                out.append("# not mapped (map by hand): port group ")
                    .append(n.portGroup())
                    .append('\n'));
    for (Map<String, Object> object : objects(plan, settings)) {
      out.append("---\n").append(write(object));
    }
    return out.toString();
  }

  static Map<String, Object> networkMap(MigrationPlan plan, ForkliftSettings settings) {
    List<Map<String, Object>> map = new ArrayList<>();
    for (NetworkMapping network : plan.networks()) {
      Map<String, Object> destination =
          switch (network.target()) {
            case NetworkTarget.Pod pod -> ordered("type", "pod");
            case NetworkTarget.Existing e ->
                ordered("type", "multus", "name", e.name(), "namespace", e.namespace());
            case NetworkTarget.Draft d ->
                ordered("type", "multus", "name", d.name(), "namespace", d.namespace());
            case NetworkTarget.Unmapped u -> null;
          };
      if (destination != null) {
        map.add(
            ordered("source", ordered("name", network.portGroup()), "destination", destination));
      }
    }
    return object(
        "NetworkMap",
        settings.planName() + "-network",
        settings,
        ordered("provider", providers(settings), "map", map));
  }

  static Map<String, Object> storageMap(MigrationPlan plan, ForkliftSettings settings) {
    List<Map<String, Object>> map = new ArrayList<>();
    for (StorageMapping storage : plan.storage()) {
      map.add(
          ordered(
              "source",
              ordered("name", storage.datastore()),
              "destination",
              ordered("storageClass", storage.storageClass())));
    }
    return object(
        "StorageMap",
        settings.planName() + "-storage",
        settings,
        ordered("provider", providers(settings), "map", map));
  }

  static Map<String, Object> planObject(MigrationPlan plan, ForkliftSettings settings) {
    List<Map<String, Object>> vms =
        plan.vms().stream()
            .filter(v -> v.status() != Readiness.BLOCKED)
            .map(v -> ordered("name", v.vm().name()))
            .toList();
    Map<String, Object> spec =
        ordered(
            "provider", providers(settings),
            "map",
                ordered(
                    "network",
                        ordered(
                            "name",
                            settings.planName() + "-network",
                            "namespace",
                            settings.namespace()),
                    "storage",
                        ordered(
                            "name",
                            settings.planName() + "-storage",
                            "namespace",
                            settings.namespace())),
            "targetNamespace", settings.targetNamespace(),
            "warm", false,
            "vms", vms);
    return object("Plan", settings.planName(), settings, spec);
  }

  private static Map<String, Object> providers(ForkliftSettings settings) {
    return ordered(
        "source", ordered("name", settings.sourceProvider(), "namespace", settings.namespace()),
        "destination",
            ordered("name", settings.destinationProvider(), "namespace", settings.namespace()));
  }

  private static Map<String, Object> object(
      String kind, String name, ForkliftSettings settings, Map<String, Object> spec) {
    return ordered(
        "apiVersion", API_VERSION,
        "kind", kind,
        "metadata",
            ordered(
                "name",
                name,
                "namespace",
                settings.namespace(),
                "labels",
                ordered("app.kubernetes.io/created-by", "virtdeck")),
        "spec", spec);
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String write(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }
}
