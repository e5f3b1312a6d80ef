package io.virtdeck.lab;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.VmInventory;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Checks lab steps against the shared caches as one user sees them, and says when to check again
 * (any change of a kind a condition reads).
 */
@Service
public class LabChecks {

  private final ClusterCaches caches;
  private final VmInventory inventory;
  private final AccessReviews reviews;

  public LabChecks(ClusterCaches caches, VmInventory inventory, AccessReviews reviews) {
    this.caches = caches;
    this.inventory = inventory;
    this.reviews = reviews;
  }

  /** The facts {@code user} may see (their list scope per kind, from access reviews). */
  public LabFacts factsFor(UserIdentity user) {
    return new CacheLabFacts(caches, inventory, reviews.scopes(user));
  }

  /** Which steps of the lab are done, in order ({@link LabProgress}), as {@code user} sees now. */
  public List<Boolean> progress(Lab lab, UserIdentity user) {
    return LabProgress.advance(lab, factsFor(user), List.of());
  }

  /** A signal at each change of the kinds step conditions read. */
  public Flux<Object> changes() {
    return Flux.merge(
        caches.virtualMachines().changes().map(ResourceEvent::key),
        caches.virtualMachineInstances().changes().map(ResourceEvent::key),
        caches.networkAttachmentDefinitions().changes().map(ResourceEvent::key),
        caches.snapshots().changes().map(ResourceEvent::key),
        caches.restores().changes().map(ResourceEvent::key),
        caches.migrations().changes().map(ResourceEvent::key));
  }
}
