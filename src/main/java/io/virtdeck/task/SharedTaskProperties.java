package io.virtdeck.task;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tasks are kept so that every replica shares them: as VirtDeckTask objects in {@code
 * namespace}, with one replica at a time (the holder of a Lease there) expiring them. {@code
 * virtdeck.tasks.cluster.enabled=false} keeps each replica's tasks in its memory only.
 *
 * @param namespace VirtDeck's own namespace (the chart sets the release's)
 * @param replica this replica's name in the Lease (the chart sets the pod's name)
 * @param leaseDuration how long the expiry Lease holds without renewal
 * @param expiryInterval how often the Lease holder looks for expired tasks
 */
@ConfigurationProperties("virtdeck.tasks.cluster")
public record SharedTaskProperties(
    String namespace, String replica, Duration leaseDuration, Duration expiryInterval) {

  public SharedTaskProperties {
    namespace = namespace == null || namespace.isBlank() ? "virtdeck" : namespace;
    replica =
        replica == null || replica.isBlank()
            ? "virtdeck-" + UUID.randomUUID().toString().substring(0, 8)
            : replica;
    leaseDuration = leaseDuration == null ? Duration.ofSeconds(15) : leaseDuration;
    expiryInterval = expiryInterval == null ? Duration.ofMinutes(1) : expiryInterval;
  }
}
