package io.virtdeck.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Talks to a demo cluster the way kubectl does: from its kubeconfig, with merge patches. */
public final class DemoClient {

  private DemoClient() {}

  public static KubernetesClient fromKubeconfig(String file) {
    try {
      Config config = Config.fromKubeconfig(null, Files.readString(Path.of(file)), file);
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void mergePatch(Resource<GenericKubernetesResource> resource, String patch) {
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch);
  }

  /** A small running Fedora VM, as a user would write it in YAML. */
  public static GenericKubernetesResource vm(String namespace, String name) {
    Map<String, Object> spec =
        Map.of(
            "runStrategy",
            "Always",
            "template",
            Map.of(
                "spec",
                Map.of(
                    "domain",
                    Map.of(
                        "cpu", Map.of("cores", 1),
                        "memory", Map.of("guest", "1Gi"),
                        "devices",
                            Map.of(
                                "interfaces",
                                List.of(Map.of("name", "default", "masquerade", Map.of())))),
                    "networks",
                    List.of(Map.of("name", "default", "pod", Map.of())))));
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachine")
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
