package io.virtdeck.provision;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.VmInventory;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The New VM wizard's prefill from a template (or a VM), as the user may see it: their own Summary
 * of it, so that a disk size or datastore they may not see is not revealed.
 */
@Service
public class NewVmPrefills {

  private final ClusterCaches caches;
  private final VmInventory inventory;
  private final AccessReviews reviews;

  public NewVmPrefills(ClusterCaches caches, VmInventory inventory, AccessReviews reviews) {
    this.caches = caches;
    this.inventory = inventory;
    this.reviews = reviews;
  }

  /** The prefill from the VM; empty when it is gone or the user may not see it. */
  public Optional<NewVmPrefill> of(UserIdentity user, ResourceKey vm) {
    return inventory
        .summary(vm, reviews.scopes(user))
        .flatMap(
            summary ->
                caches
                    .virtualMachines()
                    .get(vm)
                    .map(v -> NewVmPrefill.of(v, summary.disks(), summary.nics())));
  }
}
