package io.virtdeck.demo;

import io.fabric8.kubernetes.client.Config;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoInventory;
import io.virtdeck.demo.sim.KubeVirtSimulator;
import io.virtdeck.security.SignInAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the demo cluster when no other cluster is configured, and hands VirtDeck the kubeconfig it
 * wrote, exactly as a user would point VirtDeck at a real cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "virtdeck.cluster.source",
    havingValue = "demo",
    matchIfMissing = true)
class DemoClusterConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DemoClusterConfiguration.class);

  @Bean(destroyMethod = "close")
  DemoApiServer demoApiServer(DemoProperties properties) {
    DemoApiServer server = DemoApiServer.start(properties.port());
    DemoInventory.seed(server.adminClient(), properties.vmCount());
    Path kubeconfig = server.writeKubeconfig(properties.kubeconfig());
    log.info(
        "Demo cluster serving at {}; try: kubectl --kubeconfig {} get vm -A",
        server.url(),
        kubeconfig.toAbsolutePath());
    return server;
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  KubeVirtSimulator kubeVirtSimulator(DemoApiServer server, DemoProperties properties) {
    return new KubeVirtSimulator(server.adminClient(), properties.step());
  }

  /** The demo users sign in with the password "demo" and act with their RBAC groups. */
  @Bean
  SignInAccounts demoSignInAccounts() {
    return () ->
        DemoUsers.ALL.stream()
            .map(u -> new SignInAccounts.Account(u.username(), "demo", u.groups(), u.description()))
            .toList();
  }

  @Bean
  ClusterConnection demoClusterConnection(
      DemoApiServer server, DemoProperties properties, KubeVirtSimulator simulator) {
    try {
      String kubeconfig = Files.readString(properties.kubeconfig());
      Config config = Config.fromKubeconfig(null, kubeconfig, properties.kubeconfig().toString());
      return new ClusterConnection("demo-datacenter", config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
