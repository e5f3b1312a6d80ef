package io.virtdeck.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Console thumbnails: a running VM's screen from KubeVirt's {@code vnc/screenshot} subresource,
 * fetched as a user who may get it and kept for {@link #FRESH} per VM, so that every session
 * showing the VM's Summary meanwhile shares one request. Every reader's own right is checked first
 * (the access review is itself kept a while), so a kept image reaches only users the API would give
 * it to; a user without it gets nothing and nothing is sent.
 */
@Component
public class ConsoleThumbnails {

  /** How long one screenshot serves every session. */
  static final Duration FRESH = Duration.ofSeconds(2);

  /** VMs whose screenshot is kept at once; each is a few KiB. */
  private static final int KEPT = 256;

  private final BiPredicate<UserIdentity, ResourceKey> permitted;
  private final Predicate<ResourceKey> running;
  private final BiFunction<UserIdentity, ResourceKey, Optional<byte[]>> fetch;
  private final Cache<ResourceKey, Screenshot> kept;

  @Autowired
  ConsoleThumbnails(AccessReviews access, RunningInstances instances, ApiScreenshots api) {
    this(
        (user, vm) -> access.allowed(user, permission(vm)),
        instances::running,
        api::fetch,
        Ticker.systemTicker());
  }

  ConsoleThumbnails(
      BiPredicate<UserIdentity, ResourceKey> permitted,
      Predicate<ResourceKey> running,
      BiFunction<UserIdentity, ResourceKey, Optional<byte[]>> fetch,
      Ticker ticker) {
    this.permitted = permitted;
    this.running = running;
    this.fetch = fetch;
    this.kept =
        Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(KEPT).ticker(ticker).build();
  }

  /** The permission KubeVirt checks: get on the VMI's {@code vnc/screenshot} subresource. */
  static AccessRequest permission(ResourceKey vm) {
    return AccessRequest.of("get", "subresources.kubevirt.io", "virtualmachineinstances")
        .subresource("vnc/screenshot")
        .in(vm.namespace())
        .named(vm.name());
  }

  /** Whether Kubernetes lets the user get the VM's screenshot. */
  public boolean permitted(UserIdentity user, ResourceKey vm) {
    return permitted.test(user, vm);
  }

  /** The VM's screen for this user: empty when they may not get it, else the image or why not. */
  public Optional<Screenshot> screenshot(UserIdentity user, ResourceKey vm) {
    if (!permitted(user, vm)) {
      return Optional.empty();
    }
    if (!running.test(vm)) {
      return Optional.of(Screenshot.NOT_RUNNING);
    }
    // concurrent readers of one VM wait for the one request instead of sending their own
    return Optional.of(
        kept.get(
            vm, key -> fetch.apply(user, key).map(Screenshot::of).orElse(Screenshot.UNAVAILABLE)));
  }
}
