package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A view's scopes ask each kind once, when a reader first needs it; renewing them asks again only
 * the kinds asked so far, hands back the same object when nothing changed, and keeps what a review
 * without an answer showed.
 */
class UserScopesTest {

  private static final NamespaceScope SHOP = NamespaceScope.only(Set.of("shop"));

  private final Map<CachedKind, NamespaceScope> cluster = new HashMap<>();
  private final List<CachedKind> asked = new CopyOnWriteArrayList<>();
  private final UserScopes scopes =
      new UserScopes(
          kind -> {
            asked.add(kind);
            return cluster.getOrDefault(kind, NamespaceScope.NONE);
          },
          Map.of());

  @Test
  void eachKindIsAskedOnceWhenFirstNeeded() {
    cluster.put(CachedKind.VIRTUAL_MACHINES, SHOP);

    assertThat(scopes.includes(CachedKind.VIRTUAL_MACHINES, "shop")).isTrue();
    assertThat(scopes.includes(CachedKind.VIRTUAL_MACHINES, "finance")).isFalse();
    assertThat(scopes.all(CachedKind.NODES)).isFalse();

    assertThat(asked).containsExactly(CachedKind.VIRTUAL_MACHINES, CachedKind.NODES);
    assertThat(scopes.asked()).containsOnlyKeys(CachedKind.VIRTUAL_MACHINES, CachedKind.NODES);
  }

  @Test
  void renewingAsksTheKindsAskedSoFarAndChangesOnlyWhenAnAnswerDid() {
    cluster.put(CachedKind.VIRTUAL_MACHINES, SHOP);
    scopes.of(CachedKind.VIRTUAL_MACHINES);
    asked.clear();

    assertThat(scopes.renewed()).isSameAs(scopes);
    assertThat(asked).containsExactly(CachedKind.VIRTUAL_MACHINES);

    cluster.put(CachedKind.VIRTUAL_MACHINES, NamespaceScope.NONE); // the RoleBinding went
    UserScopes now = scopes.renewed();

    assertThat(now).isNotSameAs(scopes);
    assertThat(now.includes(CachedKind.VIRTUAL_MACHINES, "shop")).isFalse();
    assertThat(now.lostFrom(scopes, CachedKind.VIRTUAL_MACHINES)).containsExactly("shop");
  }

  @Test
  void aReviewWithoutAnAnswerTakesNothingAway() {
    cluster.put(CachedKind.NODES, NamespaceScope.ALL);
    scopes.of(CachedKind.NODES);

    cluster.put(CachedKind.NODES, NamespaceScope.UNKNOWN); // the cluster could not be asked

    assertThat(scopes.renewed()).isSameAs(scopes);
  }

  @Test
  void fixedScopesShowNothingOfKindsNotGiven() {
    UserScopes fixed = UserScopes.of(Map.of(CachedKind.EVENTS, NamespaceScope.ALL));

    assertThat(fixed.all(CachedKind.EVENTS)).isTrue();
    assertThat(fixed.includes(CachedKind.VIRTUAL_MACHINES, "shop")).isFalse();
    assertThat(UserScopes.ALL.includes(CachedKind.SNAPSHOTS, "anywhere")).isTrue();
  }
}
