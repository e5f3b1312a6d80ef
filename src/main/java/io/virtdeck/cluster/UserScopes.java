package io.virtdeck.cluster;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one user may list, kind by kind: the scope of each {@link CachedKind} is asked of the
 * cluster the first time a reader needs it, then kept for the life of this object (one view's, or
 * one request's). A cluster-scoped kind is {@link NamespaceScope#ALL} or {@link
 * NamespaceScope#NONE}. {@link AccessReviews#follow(UserScopes, java.time.Duration)} makes a newer
 * one when any kind asked so far changed, so that an open view follows the user's RBAC.
 */
public final class UserScopes {

  /** Every kind everywhere: VirtDeck's own view, for checks that are not shown to a user. */
  public static final UserScopes ALL = new UserScopes(kind -> NamespaceScope.ALL, Map.of());

  private final Function<CachedKind, NamespaceScope> ask;
  private final Map<CachedKind, NamespaceScope> known = new ConcurrentHashMap<>();

  UserScopes(Function<CachedKind, NamespaceScope> ask, Map<CachedKind, NamespaceScope> known) {
    this.ask = ask;
    this.known.putAll(known);
  }

  /** Fixed scopes (kinds not given: none), for tests and tooling. */
  public static UserScopes of(Map<CachedKind, NamespaceScope> scopes) {
    return new UserScopes(kind -> scopes.getOrDefault(kind, NamespaceScope.NONE), scopes);
  }

  /** The namespaces in which the user may list {@code kind}; asked once, then kept. */
  public NamespaceScope of(CachedKind kind) {
    NamespaceScope scope = known.get(kind);
    if (scope == null) {
      // asked outside the map's lock: a review may wait for the cluster
      scope = ask.apply(kind);
      NamespaceScope raced = known.putIfAbsent(kind, scope);
      return raced == null ? scope : raced;
    }
    return scope;
  }

  /** Whether the user may list {@code kind} in {@code namespace}. */
  public boolean includes(CachedKind kind, String namespace) {
    return of(kind).includes(namespace);
  }

  /** Whether the user may list {@code kind} in every namespace (a cluster-scoped kind: at all). */
  public boolean all(CachedKind kind) {
    return of(kind).all();
  }

  /** The kinds asked so far, with their scopes. */
  public Map<CachedKind, NamespaceScope> asked() {
    Map<CachedKind, NamespaceScope> copy = new EnumMap<>(CachedKind.class);
    copy.putAll(known);
    return copy;
  }

  /**
   * Every kind asked so far asked again: this object when no answer changed, else a newer one with
   * the new answers. A review that got no answer now keeps what it showed ({@link
   * NamespaceScope#keepingUnknownFrom}).
   */
  UserScopes renewed() {
    Map<CachedKind, NamespaceScope> before = asked();
    Map<CachedKind, NamespaceScope> now = new EnumMap<>(CachedKind.class);
    before.forEach((kind, scope) -> now.put(kind, ask.apply(kind).keepingUnknownFrom(scope)));
    return now.equals(before) ? this : new UserScopes(ask, now);
  }

  /**
   * The namespaces that {@code before} showed of {@code kind} and this does not ({@code *} alone
   * when {@code before} showed all of them).
   */
  public java.util.Set<String> lostFrom(UserScopes before, CachedKind kind) {
    return of(kind).lostFrom(before.of(kind));
  }

  @Override
  public String toString() {
    return "UserScopes" + asked();
  }
}
