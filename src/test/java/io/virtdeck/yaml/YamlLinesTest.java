package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Fields named as the API server names them, and parse errors, found on their lines. */
class YamlLinesTest {

  static final String YAML =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachine
      metadata:
        name: web-01
        labels:
          kubevirt.io/os: fedora
      spec:
        template:
          spec:
            volumes:
            - name: root
              containerDisk:
                image: fedora
            - name: data
              persistentVolumeClaim:
                claimName: web-01-data
      """;

  @Test
  void aFieldIsFoundOnItsLineThroughListsAndKeysWithDots() {
    assertThat(YamlLines.lineOf(YAML, "metadata.name")).isEqualTo(4);
    assertThat(YamlLines.lineOf(YAML, "metadata.labels[kubevirt.io/os]")).isEqualTo(6);
    assertThat(
            YamlLines.lineOf(YAML, "spec.template.spec.volumes[1].persistentVolumeClaim.claimName"))
        .isEqualTo(16);
    assertThat(YamlLines.lineOf(YAML, "spec.template.spec.volumes[1]")).isEqualTo(14);
  }

  @Test
  void aFieldTheTextLacksIsReportedOnItsNearestParent() {
    assertThat(
            YamlLines.lineOf(YAML, "spec.template.spec.volumes[0].containerDisk.imagePullPolicy"))
        .isEqualTo(12);
    assertThat(YamlLines.lineOf(YAML, "spec.running")).isEqualTo(7);
    assertThat(YamlLines.lineOf(YAML, "nowhere")).isZero();
  }

  @Test
  void segmentsReadTheApiServersNotation() {
    assertThat(YamlLines.segments("a.b[0].c[key.with/dots].d"))
        .containsExactly("a", "b", 0, "c", "key.with/dots", "d");
  }

  @Test
  void aParseErrorSaysItsLine() {
    String broken = "metadata:\n  name: web\n  labels: [a\nspec: {}\n";
    JacksonException error = null;
    try {
      Serialization.yamlMapper().readTree(broken);
    } catch (JacksonException e) {
      error = e;
    }
    assertThat(error).isNotNull();
    assertThat(YamlLines.lineOf(error)).isBetween(3, 4);
  }
}
