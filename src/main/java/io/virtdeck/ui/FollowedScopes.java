package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * What the user may list, as one open view knows it, kept current: while the view is attached
 * {@link AccessReviews#follow(UserScopes, Duration)} re-asks every kind the view has read, and when
 * one changed (a RoleBinding deleted or added, seen once the kept answer expired) the view is
 * handed the scopes before and after inside {@code ui.access}, so that it reads what it shows
 * again: a namespace's objects leave it when the right went, and come when it was granted.
 */
public final class FollowedScopes {

  /** How often an open view checks whether its user's rights changed (answers are kept longer). */
  public static final Duration RECHECK = Duration.ofSeconds(5);

  private final AccessReviews reviews;
  private final Duration recheck;
  private volatile UserScopes current;

  public FollowedScopes(AccessReviews reviews, UserIdentity user) {
    this(reviews, user, RECHECK);
  }

  /** Checking every {@code recheck} (tests check often). */
  FollowedScopes(AccessReviews reviews, UserIdentity user, Duration recheck) {
    this.reviews = reviews;
    this.recheck = recheck;
    this.current = reviews.scopes(user);
  }

  /** The scopes as the view should read now. */
  public UserScopes get() {
    return current;
  }

  /**
   * Hands {@code changed} the scopes before and after each change while {@code view} is attached.
   */
  public void follow(Component view, BiConsumer<UserScopes, UserScopes> changed) {
    LiveUpdates.bind(
        view,
        () -> reviews.follow(current, recheck),
        batch -> {
          UserScopes before = current;
          UserScopes now = batch.getLast();
          if (now != before) {
            current = now;
            changed.accept(before, now);
          }
        });
  }

  /** As {@link #follow(Component, BiConsumer)}, for a view that just reads everything again. */
  public void follow(Component view, Runnable changed) {
    follow(view, (before, now) -> changed.run());
  }
}
