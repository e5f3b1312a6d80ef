package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kubeconfig the server writes works with fabric8. */
class DemoApiServerKubeconfigIT {

  @Test
  void writtenKubeconfigLoadsAndListsNamespaces(@TempDir Path folder) throws Exception {
    try (DemoApiServer server = DemoApiServer.start(0)) {
      Path file = server.writeKubeconfig(folder.resolve("nested/kubeconfig"));

      Config config = Config.fromKubeconfig(Files.readString(file));
      assertThat(config.getMasterUrl()).startsWith(server.url());
      assertThat(config.getCurrentContext().getName()).isEqualTo("virtdeck-demo");
      assertThat(config.getCurrentContext().getContext().getUser()).isEqualTo("admin");
      assertThat(config.getCurrentContext().getContext().getCluster()).isEqualTo("virtdeck-demo");
      try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
        assertThat(client.namespaces().list().getItems())
            .extracting(ns -> ns.getMetadata().getName())
            .contains("default", "kube-system");
      }
    }
  }
}
