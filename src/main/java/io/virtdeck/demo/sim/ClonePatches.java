package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.zjsonpatch.JsonPatch;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A VirtualMachineClone's {@code spec.patches}, as KubeVirt applies them: JSON patches (RFC 6902),
 * each a string holding one operation, applied in order to the target VM before it is created. A
 * patch that does not apply (a {@code replace} of a missing path, a {@code test} that fails)
 * throws, and the clone fails with that reason.
 */
final class ClonePatches {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ClonePatches() {}

  static GenericKubernetesResource apply(
      GenericKubernetesResource target, @Nullable Object patches) {
    if (!(patches instanceof List<?> list) || list.isEmpty()) {
      return target;
    }
    JsonNode document = JSON.readTree(Serialization.asJson(target));
    for (Object patch : list) {
      JsonNode operation = JSON.readTree(String.valueOf(patch));
      ArrayNode operations =
          operation instanceof ArrayNode array ? array : JSON.createArrayNode().add(operation);
      document = JsonPatch.apply(operations, document);
    }
    return Serialization.unmarshal(
        JSON.writeValueAsString(document), GenericKubernetesResource.class);
  }
}
