package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * KubeVirt's own schemas for the OpenAPI v3 documents of its group versions, so that {@code kubectl
 * explain virtualmachine.spec} works: kubevirt.io/v1 (VirtualMachine, VirtualMachineInstance,
 * VirtualMachineInstanceMigration and every type they use), instancetype.kubevirt.io/v1 (instance
 * types and preferences) and clone.kubevirt.io/v1beta1 (VirtualMachineClone). Copied from
 * KubeVirt's OpenAPI document (Apache License 2.0; see each resource's {@code _source}), read once
 * when first asked for.
 */
final class KubeVirtSchemas {

  private static final String RESOURCE = "kubevirt-v1-schemas.json";
  private static final String EXTRA = "kubevirt-extra-schemas.json";

  private KubeVirtSchemas() {}

  /** The schemas of {@code group}/{@code version}: KubeVirt's where it has them, else none. */
  static Map<String, Object> of(String group, String version) {
    if ("kubevirt.io".equals(group) && "v1".equals(version)) {
      return Holder.SCHEMAS;
    }
    return Holder.EXTRA_SCHEMAS.getOrDefault(group + "/" + version, Map.of());
  }

  private static final class Holder {
    static final Map<String, Object> SCHEMAS = section(load(RESOURCE), "schemas");
    static final Map<String, Map<String, Object>> EXTRA_SCHEMAS = extra();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> extra() {
      Map<String, Object> groups = section(load(EXTRA), "groupVersions");
      return Map.copyOf((Map<String, Map<String, Object>>) (Map<String, ?>) groups);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> document, String name) {
      return Map.copyOf((Map<String, Object>) document.get(name));
    }

    private static Map<String, Object> load(String resource) {
      try (InputStream in = KubeVirtSchemas.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the class path");
        }
        return Serialization.jsonMapper()
            .readValue(in, new TypeReference<Map<String, Object>>() {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
