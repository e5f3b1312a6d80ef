package io.virtdeck.testing;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.UserClients;
import java.time.Instant;

/**
 * A demo cluster (impersonation, no simulation) with access reviews on a clock the test moves: to
 * let kept answers expire without waiting for them, as tests of revoked rights do.
 */
public final class ClockedReviews implements AutoCloseable {

  public final DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION);
  public final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  public final AccessReviews reviews =
      new AccessReviews(
          new UserClients(cluster.client, cluster.connection, cluster.properties),
          cluster.caches,
          cluster.properties,
          clock);

  /** Moves the clock past the time answers are kept: the next check asks the cluster again. */
  public void expireKeptAnswers() {
    clock.advance(cluster.properties.accessReviewTtl().plusSeconds(1));
  }

  @Override
  public void close() {
    reviews.destroy();
    cluster.close();
  }
}
