package io.virtdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code helm lint} passes, and {@code helm template} renders each example values file exactly as
 * its golden file under {@code src/test/resources/helm/golden} (regenerate them with {@code
 * -Dupdate.golden=true} and review the diff), into objects fabric8 parses.
 */
class HelmChartGoldenTest {

  @Test
  void chartPassesLint() {
    LintResult result = new Helm(HelmChart.CHART).lint().strict().call();

    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "ingress-tls", "token-mode", "minimal"})
  void rendersAsTheGoldenFile(String name) throws IOException {
    String rendered = HelmChart.render(name + ".yaml");
    Path golden = HelmChart.GOLDEN.resolve(name + ".yaml");
    if (Boolean.getBoolean("update.golden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, rendered);
    }

    assertThat(golden).exists();
    assertThat(rendered).isEqualTo(Files.readString(golden));
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "ingress-tls", "token-mode", "minimal"})
  void everyRenderedDocumentIsAKubernetesObject(String name) {
    List<HasMetadata> objects = HelmChart.objects(name + ".yaml");

    assertThat(objects).isNotEmpty();
    assertThat(objects)
        .allSatisfy(
            o -> {
              assertThat(o.getApiVersion()).isNotBlank();
              assertThat(o.getKind()).isNotBlank();
              assertThat(o.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
              assertThat(o.getMetadata().getLabels())
                  .containsEntry("app.kubernetes.io/part-of", "virtdeck");
            });
    assertThat(objects)
        .filteredOn(GenericKubernetesResource.class::isInstance)
        .extracting(HasMetadata::getKind)
        .as("only the Prometheus Operator's kinds have no fabric8 model")
        .allMatch("ServiceMonitor"::equals);
  }
}
