package io.virtdeck.testing;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterProperties;
import java.time.Duration;

/**
 * VirtDeck's shared caches ({@link ClusterCaches}) over an API server, built by hand (no Spring),
 * for the tests of the cluster layer: a client that reconnects its watches and retries quickly, so
 * that a test of a lost and regained link waits seconds, not minutes.
 */
public final class TestCaches {

  /** How long the caches wait for their first lists. */
  public static final Duration SYNC_TIMEOUT = Duration.ofSeconds(20);

  private TestCaches() {}

  /** A client of the API server at {@code url} that reconnects and retries after 100 ms. */
  public static KubernetesClient quickClient(String url) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder()
                .withMasterUrl(url)
                .withWatchReconnectInterval(100)
                .withRequestRetryBackoffInterval(100)
                .build())
        .build();
  }

  /** The caches over {@code client}, once every kind has listed (or failed to). */
  public static ClusterCaches synced(KubernetesClient client) {
    ClusterCaches caches =
        new ClusterCaches(
            client,
            new ClusterProperties(
                ClusterProperties.Source.DEMO, "it", null, null, SYNC_TIMEOUT, null, null));
    caches.awaitSync();
    return caches;
  }
}
