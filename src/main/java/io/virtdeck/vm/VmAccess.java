package io.virtdeck.vm;

import io.virtdeck.cluster.AccessReviews;
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
}
