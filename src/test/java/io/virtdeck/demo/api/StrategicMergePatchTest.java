package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Strategic merge patch's list semantics for the built-in kinds. */
class StrategicMergePatchTest {

  @Test
  void mergesConditionsByType() {
    var node =
        "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"},"
            + "{\"type\":\"MemoryPressure\",\"status\":\"False\"}]}}";
    var patch = "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}";

    assertThat(apply(node, patch))
        .isEqualTo(
            json(
                "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"},"
                    + "{\"type\":\"MemoryPressure\",\"status\":\"False\"}]}}"));
  }

  @Test
  void mergesContainersByNameAndAddsNewOnes() {
    var pod = "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x:1\",\"tty\":true}]}}";
    var patch =
        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x:2\"},"
            + "{\"name\":\"b\",\"image\":\"y\"}]}}";

    assertThat(apply(pod, patch))
        .isEqualTo(
            json(
                "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x:2\",\"tty\":true},"
                    + "{\"name\":\"b\",\"image\":\"y\"}]}}"));
  }

  @Test
  void deletesAnItemByKeyWithThePatchDirective() {
    var node = "{\"spec\":{\"taints\":[{\"key\":\"a\"},{\"key\":\"b\"}]}}";
    var patch = "{\"spec\":{\"taints\":[{\"key\":\"a\",\"$patch\":\"delete\"}]}}";

    assertThat(apply(node, patch)).isEqualTo(json("{\"spec\":{\"taints\":[{\"key\":\"b\"}]}}"));
  }

  @Test
  void replacesAListWithTheReplaceDirective() {
    var node = "{\"spec\":{\"taints\":[{\"key\":\"a\"},{\"key\":\"b\"}]}}";
    var patch = "{\"spec\":{\"taints\":[{\"key\":\"c\"},{\"$patch\":\"replace\"}]}}";

    assertThat(apply(node, patch)).isEqualTo(json("{\"spec\":{\"taints\":[{\"key\":\"c\"}]}}"));
  }

  @Test
  void finalizersAreASetAndCanBeDeletedFrom() {
    var node = "{\"metadata\":{\"finalizers\":[\"a\",\"b\"]}}";

    assertThat(apply(node, "{\"metadata\":{\"finalizers\":[\"b\",\"c\"]}}"))
        .isEqualTo(json("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\"]}}"));
    assertThat(
            apply(
                node,
                "{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":[\"a\"],"
                    + "\"$setElementOrder/finalizers\":[\"b\"]}}"))
        .isEqualTo(json("{\"metadata\":{\"finalizers\":[\"b\"]}}"));
  }

  @Test
  void listsWithoutAMergeKeyAreReplacedAndNullDeletes() {
    var claim =
        "{\"spec\":{\"accessModes\":[\"ReadWriteOnce\"]},\"metadata\":{\"labels\":{\"a\":\"1\"}}}";
    var patch =
        "{\"spec\":{\"accessModes\":[\"ReadWriteMany\"]},\"metadata\":{\"labels\":{\"a\":null,"
            + "\"b\":\"2\"}}}";

    assertThat(apply(claim, patch))
        .isEqualTo(
            json(
                "{\"spec\":{\"accessModes\":[\"ReadWriteMany\"]},"
                    + "\"metadata\":{\"labels\":{\"b\":\"2\"}}}"));
  }

  @Test
  void retainKeysDropsTheOthers() {
    var node = "{\"spec\":{\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{}}}}";
    var patch = "{\"spec\":{\"strategy\":{\"$retainKeys\":[\"type\"],\"type\":\"Recreate\"}}}";

    assertThat(apply(node, patch))
        .isEqualTo(json("{\"spec\":{\"strategy\":{\"type\":\"Recreate\"}}}"));
  }

  private static JsonNode apply(String target, String patch) {
    return StrategicMergePatch.apply(json(target), json(patch));
  }

  private static JsonNode json(String text) {
    return Serialization.jsonMapper().readTree(text);
  }
}
