package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * KubeVirt's own schemas of kubevirt.io/v1 (VirtualMachine, VirtualMachineInstance,
 * VirtualMachineInstanceMigration and every type they use) for the OpenAPI v3 document of that
 * group version, so that {@code kubectl explain virtualmachine.spec} works. Copied from KubeVirt's
 * OpenAPI document (Apache License 2.0; see the resource's {@code _source}), read once when first
 * asked for.
 */
final class KubeVirtSchemas {

  private static final String RESOURCE = "kubevirt-v1-schemas.json";

  private KubeVirtSchemas() {}

  /** The schemas of {@code group}/{@code version}: KubeVirt's for kubevirt.io/v1, else none. */
  static Map<String, Object> of(String group, String version) {
    return "kubevirt.io".equals(group) && "v1".equals(version) ? Holder.SCHEMAS : Map.of();
  }

  private static final class Holder {
    static final Map<String, Object> SCHEMAS = load();

    private static Map<String, Object> load() {
      try (InputStream in = KubeVirtSchemas.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        Map<String, Object> document =
            Serialization.jsonMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        var schemas = (Map<String, Object>) document.get("schemas");
        return Map.copyOf(schemas);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
