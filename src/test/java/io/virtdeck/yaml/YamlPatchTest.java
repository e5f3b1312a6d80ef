package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.JsonPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON patch of the changed paths between the YAML shown and the YAML edited. */
class YamlPatchTest {

  static final String SEEN =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachine
      metadata:
        name: web-01
        namespace: shop
        resourceVersion: "42"
        labels:
          app: web
          kubevirt.io/os: fedora
      spec:
        runStrategy: Always
        futureField: kept
        template:
          spec:
            domain:
              cpu:
                cores: 2
            volumes:
            - name: root
              containerDisk:
                image: fedora
      status:
        printableStatus: Running
      """;

  private static JsonNode tree(String yaml) {
    return Serialization.yamlMapper().readTree(yaml);
  }

  private static YamlPatch.Result patch(String edited) {
    return YamlPatch.of(tree(SEEN), tree(edited), edited);
  }

  @Test
  void aChangedLabelIsTestedThenReplacedAndNothingElseIsTouched() {
    String edited = SEEN.replace("app: web", "app: shop-web");
    var result = patch(edited);
    assertThat(result.refusals()).isEmpty();
    assertThat(JsonPatch.json(result.operations()))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/metadata/labels/app\",\"value\":\"web\"},"
                + "{\"op\":\"replace\",\"path\":\"/metadata/labels/app\",\"value\":\"shop-web\"}]");
  }

  @Test
  void aKeyWithASlashIsEscapedAndAnAddedKeyIsAdded() {
    String edited =
        SEEN.replace("kubevirt.io/os: fedora", "kubevirt.io/os: rhel\n    tier~1: front");
    var ops = patch(edited).operations();
    assertThat(ops)
        .extracting(op -> op.get("op") + " " + op.get("path"))
        .containsExactly(
            "test /metadata/labels/kubevirt.io~1os",
            "replace /metadata/labels/kubevirt.io~1os",
            "add /metadata/labels/tier~01");
  }

  @Test
  void aRemovedFieldIsTestedThenRemoved() {
    var ops = patch(SEEN.replace("  futureField: kept\n", "")).operations();
    assertThat(ops)
        .containsExactly(
            Map.of("op", "test", "path", "/spec/futureField", "value", tree("kept")),
            JsonPatch.op("remove", "/spec/futureField", null));
  }

  @Test
  void aListOfAnotherLengthIsReplacedWholeAfterATestAndAnEntryOfTheSameLengthByItsPath() {
    String longer =
        SEEN.replace(
            "image: fedora\n",
            "image: fedora\n      - name: data\n        emptyDisk: {capacity: 1Gi}\n");
    assertThat(patch(longer).operations())
        .extracting(op -> op.get("op") + " " + op.get("path"))
        .containsExactly("test /spec/template/spec/volumes", "replace /spec/template/spec/volumes");
    assertThat(patch(SEEN.replace("image: fedora", "image: ubuntu")).operations())
        .extracting(op -> op.get("op") + " " + op.get("path"))
        .containsExactly(
            "test /spec/template/spec/volumes/0/containerDisk/image",
            "replace /spec/template/spec/volumes/0/containerDisk/image");
  }

  @Test
  void nothingChangedIsNoOperation() {
    assertThat(patch(SEEN).operations()).isEmpty();
  }

  @Test
  void anotherNameKindOrNamespaceIsRefusedOnItsLine() {
    var result = patch(SEEN.replace("name: web-01", "name: web-02"));
    assertThat(result.operations()).isEmpty();
    assertThat(result.refusals())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message().key()).isEqualTo("yaml.refused.identity");
              assertThat(p.message().args()).containsExactly("metadata.name", "web-01");
            });
    assertThat(patch(SEEN.replace("kind: VirtualMachine", "kind: Pod")).refusals())
        .extracting(p -> p.message().args().getFirst())
        .containsExactly("kind");
    assertThat(patch(SEEN.replace("namespace: shop", "namespace: dev")).refusals())
        .extracting(p -> p.line())
        .containsExactly(5);
  }

  @Test
  void statusAndServerSetMetadataAreRefused() {
    assertThat(
            patch(SEEN.replace("printableStatus: Running", "printableStatus: Stopped")).refusals())
        .extracting(p -> p.message().key() + " " + p.line())
        .containsExactly("yaml.refused.status 22");
    assertThat(patch(SEEN.replace("resourceVersion: \"42\"", "resourceVersion: \"43\"")).refusals())
        .extracting(p -> p.message().key())
        .containsExactly("yaml.refused.server-set");
  }

  @Test
  void removingTheStatusIsRefusedToo() {
    String edited = SEEN.substring(0, SEEN.indexOf("status:"));
    assertThat(patch(edited).refusals())
        .extracting(p -> p.message().key())
        .isEqualTo(List.of("yaml.refused.status"));
  }
}
