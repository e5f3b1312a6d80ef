package io.virtdeck.console.ui;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import org.springframework.stereotype.Component;

/** Makes the {@link ConsoleVm} of a console for one user. */
@Component
class ConsoleVms {

  private final VmInventory inventory;
  private final VmOperations operations;
  private final AccessReviews reviews;

  ConsoleVms(VmInventory inventory, VmOperations operations, AccessReviews reviews) {
    this.inventory = inventory;
    this.operations = operations;
    this.reviews = reviews;
  }

  ConsoleVm of(UserIdentity user, String namespace, String name) {
    return new ConsoleVm(
        new ResourceKey(namespace, name), user, inventory, operations, reviews.scopes(user));
  }
}
