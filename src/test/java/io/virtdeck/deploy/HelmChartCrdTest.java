package io.virtdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.demo.api.DemoCrds;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The chart installs the CRD of VirtDeck's shared tasks exactly as the demo cluster serves it. */
class HelmChartCrdTest {

  @Test
  void theChartsTaskCrdNamesTheKindTheDemoServes() throws IOException {
    var file = HelmChart.CHART.resolve("crds").resolve("virtdecktasks.virtdeck.io.yaml");
    var crd = Serialization.unmarshal(Files.readString(file), CustomResourceDefinition.class);
    var demo =
        DemoCrds.ALL.stream()
            .filter(c -> c.kind().equals("VirtDeckTask"))
            .findFirst()
            .orElseThrow();

    assertThat(crd.getSpec().getGroup()).isEqualTo(demo.group());
    assertThat(crd.getSpec().getNames().getPlural()).isEqualTo(demo.plural());
    assertThat(crd.getSpec().getNames().getShortNames()).isEqualTo(demo.shortNames());
    assertThat(crd.getSpec().getScope()).isEqualTo("Namespaced");
    assertThat(crd.getSpec().getVersions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getName()).isEqualTo(demo.version());
              assertThat(v.getStorage()).isTrue();
            });
  }
}
