package io.virtdeck.provision;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Pure: rows of the wizard's catalog from instance type, preference and DataSource objects. */
final class CatalogReader {

  private CatalogReader() {}

  static InstanceTypeRow instanceType(GenericKubernetesResource object, boolean cluster) {
    String name = object.getMetadata().getName();
    int dot = name.indexOf('.');
    Object cpus = get(object, "spec", "cpu", "guest");
    Object memory = get(object, "spec", "memory", "guest");
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return new InstanceTypeRow(
        name,
        cluster,
        dot < 0 ? name : name.substring(0, dot),
        dot < 0 ? "" : name.substring(dot + 1),
        cpus instanceof Number n ? n.intValue() : 0,
        memory == null ? "" : String.valueOf(memory),
        annotations == null
            ? ""
            : annotations.getOrDefault("instancetype.kubevirt.io/description", ""));
  }

  static PreferenceRow preference(GenericKubernetesResource object, boolean cluster) {
    Map<String, String> labels = object.getMetadata().getLabels();
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    Object cpus = get(object, "spec", "requirements", "cpu", "guest");
    Object memory = get(object, "spec", "requirements", "memory", "guest");
    String name = object.getMetadata().getName();
    return new PreferenceRow(
        name,
        cluster,
        annotations == null ? name : annotations.getOrDefault("openshift.io/display-name", name),
        labels == null ? "" : labels.getOrDefault("instancetype.kubevirt.io/os-type", ""),
        cpus instanceof Number n ? n.intValue() : 0,
        memory == null ? "" : String.valueOf(memory));
  }

  /** The claim a DataSource names ({@code spec.source.pvc}); null when it names none. */
  static @Nullable ResourceKey sourceClaim(GenericKubernetesResource dataSource) {
    Object name = get(dataSource, "spec", "source", "pvc", "name");
    Object namespace = get(dataSource, "spec", "source", "pvc", "namespace");
    if (name == null) {
      return null;
    }
    return new ResourceKey(
        namespace == null ? dataSource.getMetadata().getNamespace() : String.valueOf(namespace),
        String.valueOf(name));
  }

  static BootSourceRow bootSource(GenericKubernetesResource dataSource, String size) {
    Map<String, String> labels = dataSource.getMetadata().getLabels();
    Object conditions = get(dataSource, "status", "conditions");
    boolean ready =
        conditions instanceof List<?> list
            && list.stream()
                .anyMatch(
                    c ->
                        c instanceof Map<?, ?> m
                            && "Ready".equals(m.get("type"))
                            && "True".equals(m.get("status")));
    return new BootSourceRow(
        io.virtdeck.cluster.Keys.of(dataSource),
        labels == null
            ? ""
            : labels.getOrDefault("instancetype.kubevirt.io/default-preference", ""),
        labels == null
            ? ""
            : labels.getOrDefault("instancetype.kubevirt.io/default-instancetype", ""),
        size,
        ready);
  }

  private static @Nullable Object get(GenericKubernetesResource object, Object... path) {
    try {
      return object.get(path);
    } catch (RuntimeException absent) {
      return null;
    }
  }
}
