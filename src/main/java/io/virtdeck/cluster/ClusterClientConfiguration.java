package io.virtdeck.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.cluster.internal.InformerTasks;
import io.virtdeck.cluster.internal.LeanSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one fabric8 client of the configured cluster. */
@Configuration(proxyBeanMethods = false)
class ClusterClientConfiguration {

  /** A kubeconfig file or the in-cluster service account; the demo cluster brings its own. */
  @Bean
  @ConditionalOnExpression("!'${virtdeck.cluster.source:demo}'.equalsIgnoreCase('demo')")
  ClusterConnection externalClusterConnection(ClusterProperties properties) {
    Config config =
        switch (properties.source()) {
          case IN_CLUSTER -> Config.autoConfigure(null);
          case KUBECONFIG -> fromKubeconfig(properties);
          case DEMO -> // not reached: the condition above leaves the demo to its own configuration
              throw new IllegalStateException(
                  "virtdeck.cluster.source=demo: the demo cluster (io.virtdeck.demo) provides the"
                      + " connection");
        };
    String name = properties.name().isEmpty() ? contextName(config) : properties.name();
    return new ClusterConnection(name, config);
  }

  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(ClusterConnection connection) {
    return new KubernetesClientBuilder()
        .withConfig(connection.config())
        .withKubernetesSerialization(LeanSerialization.create())
        .withTaskExecutorSupplier(new InformerTasks())
        .build();
  }

  private static Config fromKubeconfig(ClusterProperties properties) {
    String file = properties.kubeconfig();
    if (file == null || file.isBlank()) {
      return Config.autoConfigure(properties.context());
    }
    try {
      return Config.fromKubeconfig(properties.context(), Files.readString(Path.of(file)), file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the kubeconfig file " + file, e);
    }
  }

  private static String contextName(Config config) {
    var context = config.getCurrentContext();
    return context == null ? "cluster" : context.getName();
  }
}
