package io.virtdeck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema check used by PlantedFieldsIT finds what KubeVirt would refuse. */
class OpenApiSchemaTest {

  static final OpenApiSchema SCHEMA = OpenApiSchema.kubevirtVirtualMachine();

  static Map<String, Object> vm(Map<String, Object> iface) {
    return Map.of(
        "apiVersion",
        "kubevirt.io/v1",
        "kind",
        "VirtualMachine",
        "metadata",
        Map.of("name", "web-01", "labels", Map.of("a", "b")),
        "spec",
        Map.of(
            "runStrategy",
            "Always",
            "template",
            Map.of(
                "spec",
                Map.of(
                    "domain",
                    Map.of("devices", Map.of("interfaces", List.of(iface))),
                    "networks",
                    List.of(Map.of("name", "default", "pod", Map.of()))))));
  }

  @Test
  void aWellFormedVmHasNoProblems() {
    assertThat(
            SCHEMA.problems(
                vm(Map.of("name", "default", "masquerade", Map.of())),
                "v1.VirtualMachine",
                Set.of()))
        .isEmpty();
  }

  @Test
  void wrongTypesMissingRequiredFieldsAndUnknownFieldsAreReported() {
    Map<String, Object> iface = Map.of("bootOrder", "first", "futureOption", 1);
    assertThat(SCHEMA.problems(vm(iface), "v1.VirtualMachine", Set.of()))
        .anyMatch(p -> p.contains("/interfaces/0/bootOrder") && p.contains("not of type"))
        .anyMatch(p -> p.contains("/interfaces/0: required name"))
        .anyMatch(p -> p.contains("/interfaces/0/futureOption: unknown"));
    assertThat(SCHEMA.problems(vm(iface), "v1.VirtualMachine", Set.of("futureOption")))
        .noneMatch(p -> p.contains("futureOption"));
  }
}
