package io.virtdeck.storage;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;

/**
 * Whether a user may do a disk action, asked of Kubernetes (access reviews): the views show only
 * what is allowed, and the server checks again when the request is sent.
 */
public final class StoragePermissions {

  private final ClusterCaches caches;
  private final StorageInventory inventory;
  private final AccessReviews reviews;

  StoragePermissions(ClusterCaches caches, StorageInventory inventory, AccessReviews reviews) {
    this.caches = caches;
    this.inventory = inventory;
    this.reviews = reviews;
  }

  /** May change the VM's disks: patch the VM, and use addvolume/removevolume when it runs. */
  public boolean mayChangeDisks(UserIdentity user, ResourceKey vm) {
    boolean patch =
        reviews.allowed(
            user, AccessRequest.of("patch", "kubevirt.io", "virtualmachines").in(vm.namespace()));
    if (!patch || !inventory.running(vm)) {
      return patch;
    }
    return reviews.allowed(
        user,
        AccessRequest.of("update", "subresources.kubevirt.io", "virtualmachines")
            .in(vm.namespace())
            .named(vm.name())
            .subresource("addvolume"));
  }

  public boolean mayCreateDisk(UserIdentity user, String namespace) {
    return reviews.allowed(
        user,
        inventory.cdi()
            ? AccessRequest.of("create", "cdi.kubevirt.io", "datavolumes").in(namespace)
            : AccessRequest.of("create", "", "persistentvolumeclaims").in(namespace));
  }

  public boolean mayExpand(UserIdentity user, ResourceKey claim) {
    return reviews.allowed(
        user,
        AccessRequest.of("patch", "", "persistentvolumeclaims")
            .in(claim.namespace())
            .named(claim.name()));
  }

  public boolean mayDelete(UserIdentity user, ResourceKey disk) {
    boolean dv = caches.dataVolumes().get(disk).isPresent();
    return reviews.allowed(
        user,
        (dv
                ? AccessRequest.of("delete", "cdi.kubevirt.io", "datavolumes")
                : AccessRequest.of("delete", "", "persistentvolumeclaims"))
            .in(disk.namespace())
            .named(disk.name()));
  }
}
