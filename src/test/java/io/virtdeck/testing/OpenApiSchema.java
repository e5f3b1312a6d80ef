package io.virtdeck.testing;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an object against KubeVirt's OpenAPI definitions (copied into {@code
 * src/test/resources/kubevirt-openapi}, Apache-2.0, see the file's {@code source} and {@code
 * license}), or against Forklift's v1beta1 CRD schemas ({@code src/test/resources/forklift-crds},
 * Apache-2.0, likewise): required fields present, every value of the type its schema says, and no
 * property the schema does not know except the ones a test planted on purpose.
 */
public final class OpenApiSchema {

  private final Map<String, Object> definitions;

  private OpenApiSchema(Map<String, Object> definitions) {
    this.definitions = definitions;
  }

  /** The definitions reachable from KubeVirt's v1.VirtualMachine. */
  @SuppressWarnings("unchecked")
  public static OpenApiSchema kubevirtVirtualMachine() {
    try (InputStream in =
        OpenApiSchema.class.getResourceAsStream(
            "/kubevirt-openapi/virtualmachine-definitions.json")) {
      if (in == null) {
        throw new IllegalStateException("kubevirt-openapi/virtualmachine-definitions.json missing");
      }
      Map<String, Object> document = Serialization.unmarshal(in, Map.class);
      return new OpenApiSchema((Map<String, Object>) document.get("definitions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The definitions reachable from KubeVirt's v1.VirtualMachine and v1beta1.VirtualMachineClone
   * (the clone's own in {@code kubevirt-openapi/clone-definitions.json}).
   */
  @SuppressWarnings("unchecked")
  public static OpenApiSchema kubevirtClone() {
    try (InputStream in =
        OpenApiSchema.class.getResourceAsStream("/kubevirt-openapi/clone-definitions.json")) {
      if (in == null) {
        throw new IllegalStateException("kubevirt-openapi/clone-definitions.json missing");
      }
      Map<String, Object> document = Serialization.unmarshal(in, Map.class);
      Map<String, Object> definitions =
          new java.util.HashMap<>(kubevirtVirtualMachine().definitions);
      definitions.putAll((Map<String, Object>) document.get("definitions"));
      return new OpenApiSchema(definitions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Forklift's NetworkMap, StorageMap and Plan (definitions "forklift.NetworkMap", ...), from its
   * CRDs' openAPIV3Schema (status left out).
   */
  @SuppressWarnings("unchecked")
  public static OpenApiSchema forkliftV1beta1() {
    try (InputStream in =
        OpenApiSchema.class.getResourceAsStream(
            "/forklift-crds/forklift-v1beta1-definitions.json")) {
      if (in == null) {
        throw new IllegalStateException("forklift-crds/forklift-v1beta1-definitions.json missing");
      }
      Map<String, Object> document = Serialization.unmarshal(in, Map.class);
      return new OpenApiSchema((Map<String, Object>) document.get("definitions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with {@code object} as a {@code definition} (such as "v1.VirtualMachine"), as
   * "path: problem" lines; properties named in {@code planted} are allowed wherever they are.
   */
  public List<String> problems(Object object, String definition, Set<String> planted) {
    List<String> problems = new ArrayList<>();
    check(object, Map.of("$ref", "#/definitions/" + definition), "", planted, problems);
    return problems;
  }

  @SuppressWarnings("unchecked")
  private void check(
      Object value,
      Map<String, Object> schema,
      String path,
      Set<String> planted,
      List<String> out) {
    if (schema.get("$ref") instanceof String ref) {
      Object target = definitions.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (target == null) {
        out.add(path + ": schema " + ref + " unknown");
        return;
      }
      check(value, (Map<String, Object>) target, path, planted, out);
      return;
    }
    if (Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"))
        || Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
      return;
    }
    Object type = schema.get("type");
    if (type != null && !typeMatches(value, type)) {
      out.add(path + ": " + describe(value) + " is not of type " + type);
      return;
    }
    if (schema.get("enum") instanceof Collection<?> allowed && !allowed.contains(value)) {
      out.add(path + ": " + value + " is not one of " + allowed);
    }
    if (value instanceof Map<?, ?> map) {
      checkObject((Map<String, Object>) map, schema, path, planted, out);
    } else if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), (Map<String, Object>) items, path + "/" + i, planted, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void checkObject(
      Map<String, Object> map,
      Map<String, Object> schema,
      String path,
      Set<String> planted,
      List<String> out) {
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Object additional = schema.get("additionalProperties");
    if (schema.get("required") instanceof Collection<?> required) {
      for (Object name : required) {
        if (!map.containsKey(name)) {
          out.add(path + ": required " + name + " is missing");
        }
      }
    }
    for (var entry : map.entrySet()) {
      String child = path + "/" + entry.getKey();
      if (properties.get(entry.getKey()) instanceof Map<?, ?> property) {
        check(entry.getValue(), (Map<String, Object>) property, child, planted, out);
      } else if (additional instanceof Map<?, ?> each) {
        check(entry.getValue(), (Map<String, Object>) each, child, planted, out);
      } else if (!planted.contains(entry.getKey())) {
        out.add(child + ": unknown to the schema");
      }
    }
  }

  private static boolean typeMatches(Object value, Object type) {
    if (type instanceof Collection<?> types) {
      return types.stream().anyMatch(t -> typeMatches(value, t));
    }
    return switch (String.valueOf(type)) {
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "integer" ->
          value instanceof Integer
              || value instanceof Long
              || value instanceof Short
              || value instanceof BigInteger;
      case "number" ->
          value instanceof Number && !(value instanceof BigDecimal bd && bd.scale() < 0);
      default -> true;
    };
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
