package io.virtdeck.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.ClusterProperties;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoInventory;
import io.virtdeck.demo.sim.KubeVirtSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A seeded demo API server and VirtDeck's cluster layer connected to it over HTTP, built by hand
 * (no Spring), for integration tests of the cluster, security and feature services.
 */
public final class DemoClusterFixture implements AutoCloseable {

  public final DemoApiServer server;
  public final ClusterConnection connection;
  public final KubernetesClient client;
  public final ClusterProperties properties;
  public final ClusterCaches caches;
  private final @Nullable KubeVirtSimulator simulator;

  public DemoClusterFixture(IdentityMode mode) {
    this(mode, false);
  }

  /** With {@code simulate}, a simulated KubeVirt controller boots and stops VMs quickly. */
  public DemoClusterFixture(IdentityMode mode, boolean simulate) {
    server = DemoApiServer.start(0);
    DemoInventory.seed(server.adminClient(), DemoInventory.DEFAULT_VM_COUNT);
    simulator =
        simulate ? new KubeVirtSimulator(server.adminClient(), Duration.ofMillis(50)) : null;
    if (simulator != null) {
      simulator.start();
    }
    connection = new ClusterConnection("it-datacenter", kubeconfig(server));
    client = new KubernetesClientBuilder().withConfig(connection.config()).build();
    properties =
        new ClusterProperties(
            ClusterProperties.Source.DEMO,
            "it",
            null,
            null,
            Duration.ofSeconds(30),
            mode,
            Duration.ofSeconds(30));
    caches = new ClusterCaches(client, properties);
    caches.awaitSync();
  }

  private static Config kubeconfig(DemoApiServer server) {
    try {
      Path file = server.writeKubeconfig(Files.createTempFile("virtdeck-it", ".kubeconfig"));
      return Config.fromKubeconfig(null, Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
    caches.destroy();
    client.close();
    server.close();
  }
}
