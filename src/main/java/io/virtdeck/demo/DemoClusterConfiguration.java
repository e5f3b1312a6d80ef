package io.virtdeck.demo;

import io.fabric8.kubernetes.client.Config;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.perf.PrometheusEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the demo cluster when no other cluster is configured, and hands VirtDeck the kubeconfig it
 * wrote, exactly as a user would point VirtDeck at a real cluster, and its Prometheus's URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "virtdeck.cluster.source",
    havingValue = "demo",
    matchIfMissing = true)
class DemoClusterConfiguration {

  @Bean(destroyMethod = "close")
  DemoCluster demoCluster(DemoProperties properties) {
    return DemoCluster.start(properties);
  }

  /** The cluster closes it. */
  @Bean(destroyMethod = "")
  DemoApiServer demoApiServer(DemoCluster cluster) {
    return cluster.server();
  }

  /** The demo's Prometheus, used for performance and alerts unless another one is configured. */
  @Bean
  PrometheusEndpoint demoPrometheusEndpoint(DemoCluster cluster) {
    return new PrometheusEndpoint(cluster.prometheus().url());
  }

  @Bean
  ClusterConnection demoClusterConnection(DemoCluster cluster) {
    try {
      String kubeconfig = Files.readString(cluster.kubeconfig());
      Config config = Config.fromKubeconfig(null, kubeconfig, cluster.kubeconfig().toString());
      return new ClusterConnection("demo-datacenter", config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
