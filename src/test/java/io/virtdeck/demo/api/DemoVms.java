package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.Map;

/** Test fixtures: KubeVirt VirtualMachine objects. */
final class DemoVms {

  static final String API_VERSION = "kubevirt.io/v1";
  static final String KIND = "VirtualMachine";

  private DemoVms() {}

  static GenericKubernetesResource vm(String namespace, String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(API_VERSION)
        .withKind(KIND)
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties(
            "spec", Map.of("runStrategy", "Always", "template", Map.of("spec", Map.of())))
        .build();
  }

  static String vmYaml(String namespace, String name) {
    return """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata:
          name: %s
          namespace: %s
        spec:
          runStrategy: Always
          template:
            spec:
              domain:
                devices: {}
        """
        .formatted(name, namespace);
  }
}
