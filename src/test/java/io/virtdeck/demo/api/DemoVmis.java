package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.Map;

/** Test fixtures: KubeVirt VirtualMachineInstance objects. */
final class DemoVmis {

  private DemoVmis() {}

  static GenericKubernetesResource vmi(String namespace, String name, String phase) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachineInstance")
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of("domain", Map.of("devices", Map.of())))
        .addToAdditionalProperties("status", Map.of("phase", phase))
        .build();
  }
}
