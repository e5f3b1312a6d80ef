package io.virtdeck.vm;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import java.time.Duration;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Which VMs a user may see: the namespaces where Kubernetes lets them list VirtualMachines. */
@Service
public class VmAccess {

  private final AccessReviews reviews;

  public VmAccess(AccessReviews reviews) {
    this.reviews = reviews;
  }

  /** How often an open view checks whether the user's scope changed (answers are kept longer). */
  static final Duration RECHECK = Duration.ofSeconds(5);

  public NamespaceScope visibleTo(UserIdentity user) {
    return reviews.listScope(user, "kubevirt.io", "virtualmachines");
  }

  /** {@link #visibleTo} now and at each change, for a view that stays open. */
  public Flux<NamespaceScope> follow(UserIdentity user) {
    return reviews.follow(user, "kubevirt.io", "virtualmachines", RECHECK);
  }
}
