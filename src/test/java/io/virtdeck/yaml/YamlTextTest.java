package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.model.VirtualMachine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The YAML tab's text: without managedFields, and read back as the very same values. */
class YamlTextTest {

  private static VirtualMachine vm() {
    VirtualMachine vm = new VirtualMachine();
    var entry = new ManagedFieldsEntry();
    entry.setManager("kubectl");
    vm.setMetadata(
        new ObjectMetaBuilder()
            .withName("web-01")
            .withNamespace("shop")
            .withLabels(Map.of("build", "123", "enabled", "true", "app", "web"))
            .withAnnotations(Map.of("note", "line one\nline two"))
            .withManagedFields(List.of(entry))
            .build());
    return vm;
  }

  @Test
  void managedFieldsAreLeftOutAndTheCachedObjectIsUntouched() {
    VirtualMachine vm = vm();
    String yaml = YamlText.of(vm);
    assertThat(yaml).contains("name: web-01").doesNotContain("managedFields", "kubectl");
    assertThat(vm.getMetadata().getManagedFields()).hasSize(1);
  }

  @Test
  void stringsThatLookLikeNumbersOrBooleansReadBackAsStrings() {
    String yaml = YamlText.of(vm());
    JsonNode read = Serialization.yamlMapper().readTree(yaml);
    JsonNode labels = read.at("/metadata/labels");
    assertThat(labels.get("build").isString()).isTrue();
    assertThat(labels.get("enabled").isString()).isTrue();
    assertThat(read.at("/metadata/annotations/note").asString()).isEqualTo("line one\nline two");
    assertThat(yaml).contains("app: web");
  }
}
