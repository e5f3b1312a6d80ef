package io.virtdeck.vm;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import org.springframework.stereotype.Service;

/** Which VMs a user may see: the namespaces where Kubernetes lets them list VirtualMachines. */
@Service
public class VmAccess {

  private final AccessReviews reviews;

  public VmAccess(AccessReviews reviews) {
    this.reviews = reviews;
  }

  public NamespaceScope visibleTo(UserIdentity user) {
    return reviews.listScope(user, "kubevirt.io", "virtualmachines");
  }

  /**
   * Where the user may list both VMs and their instances: what figures of running VMs (KubeVirt's
   * {@code kubevirt_vmi_*} metrics, labelled with the instance's node) may be shown from.
   */
  public NamespaceScope instancesVisibleTo(UserIdentity user) {
    return visibleTo(user).and(reviews.scope(user, CachedKind.VIRTUAL_MACHINE_INSTANCES));
  }
}
