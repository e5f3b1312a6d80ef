package io.virtdeck.demo.prometheus;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the demo Prometheus reads of VMIs, VMs and nodes, and the slim copies it keeps of them. */
final class VmiFacts {

  private static final long DEFAULT_MEMORY = 1L << 30;

  private VmiFacts() {}

  /** The running VM a VMI describes, or null when it is not running on a node. */
  static @Nullable RunningVmi running(GenericKubernetesResource vmi) {
    Map<String, Object> fields = vmi.getAdditionalProperties();
    String node = text(fields, "status", "nodeName");
    if (!"Running".equals(text(fields, "status", "phase")) || node == null) {
      return null;
    }
    int vcpus = count(fields, "sockets") * count(fields, "cores") * count(fields, "threads");
    return new RunningVmi(
        vmi.getMetadata().getNamespace(), vmi.getMetadata().getName(), node, vcpus, memory(fields));
  }

  /** A VMI with only its identity, phase, node and the domain's CPU and memory. */
  static GenericKubernetesResource slimVmi(GenericKubernetesResource vmi) {
    Map<String, Object> fields = vmi.getAdditionalProperties();
    Map<String, Object> domain = new LinkedHashMap<>();
    copy(fields, domain, "cpu");
    copy(fields, domain, "memory");
    copy(fields, domain, "resources");
    Map<String, Object> status = new LinkedHashMap<>();
    putIfPresent(status, "phase", text(fields, "status", "phase"));
    putIfPresent(status, "nodeName", text(fields, "status", "nodeName"));
    GenericKubernetesResource slim = identity(vmi, null);
    slim.setAdditionalProperty("spec", Map.of("domain", domain));
    slim.setAdditionalProperty("status", status);
    return slim;
  }

  /** An object with only its identity and, if given, one of its annotations. */
  static GenericKubernetesResource identity(
      GenericKubernetesResource object, @Nullable String keptAnnotation) {
    ObjectMeta metadata = object.getMetadata();
    var slim = new GenericKubernetesResource();
    slim.setApiVersion(object.getApiVersion());
    slim.setKind(object.getKind());
    var builder =
        new ObjectMetaBuilder()
            .withName(metadata.getName())
            .withNamespace(metadata.getNamespace())
            .withUid(metadata.getUid())
            .withResourceVersion(metadata.getResourceVersion());
    String annotation = annotation(object, keptAnnotation);
    if (keptAnnotation != null && annotation != null) {
      builder.addToAnnotations(keptAnnotation, annotation);
    }
    slim.setMetadata(builder.build());
    return slim;
  }

  static @Nullable String annotation(GenericKubernetesResource object, @Nullable String name) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return name == null || annotations == null ? null : annotations.get(name);
  }

  private static int count(Map<String, Object> fields, String name) {
    Object value = field(fields, "spec", "domain", "cpu", name);
    return value instanceof Number n && n.intValue() > 0 ? n.intValue() : 1;
  }

  private static long memory(Map<String, Object> fields) {
    String guest = text(fields, "spec", "domain", "memory", "guest");
    if (guest == null) {
      guest = text(fields, "spec", "domain", "resources", "requests", "memory");
    }
    try {
      return guest == null
          ? DEFAULT_MEMORY
          : Quantity.getAmountInBytes(new Quantity(guest)).longValueExact();
    } catch (ArithmeticException | IllegalArgumentException unreadable) {
      return DEFAULT_MEMORY;
    }
  }

  private static void copy(Map<String, Object> fields, Map<String, Object> domain, String name) {
    Object value = field(fields, "spec", "domain", name);
    if (value != null) {
      domain.put(name, value);
    }
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static @Nullable String text(Map<String, Object> fields, String... path) {
    Object value = field(fields, path);
    return value == null ? null : value.toString();
  }

  private static @Nullable Object field(Map<String, Object> fields, String... path) {
    Object current = fields;
    for (String step : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(step);
    }
    return current;
  }
}
