package io.virtdeck.cluster;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which cluster VirtDeck manages. {@code virtdeck.cluster.source}: {@code demo} (the default, an
 * embedded demo cluster), {@code kubeconfig} (a kubeconfig file and context) or {@code in-cluster}
 * (the pod's service account).
 */
@ConfigurationProperties("virtdeck.cluster")
public record ClusterProperties(
    Source source,
    String name,
    @Nullable String kubeconfig,
    @Nullable String context,
    Duration syncTimeout,
    IdentityMode identityMode,
    Duration accessReviewTtl) {

  public ClusterProperties {
    source = source == null ? Source.DEMO : source;
    name = name == null || name.isBlank() ? "" : name;
    syncTimeout = syncTimeout == null ? Duration.ofSeconds(30) : syncTimeout;
    identityMode = identityMode == null ? IdentityMode.IMPERSONATION : identityMode;
    accessReviewTtl = accessReviewTtl == null ? Duration.ofSeconds(30) : accessReviewTtl;
  }

  /** Where the cluster comes from. */
  public enum Source {
    DEMO,
    KUBECONFIG,
    IN_CLUSTER
  }
}
