package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A changed scope: what a failed review keeps, and what the user lost. */
class NamespaceScopeTest {

  private static final NamespaceScope SHOP_AND_DEV = NamespaceScope.only(Set.of("shop", "dev"));

  @Test
  void aReviewWithoutAnswerTakesNothingAway() {
    var now = new NamespaceScope(false, Set.of("dev"), Set.of("shop"));

    assertThat(now.keepingUnknownFrom(SHOP_AND_DEV).namespaces()).containsOnly("shop", "dev");
    assertThat(NamespaceScope.UNKNOWN.keepingUnknownFrom(SHOP_AND_DEV)).isEqualTo(SHOP_AND_DEV);
    assertThat(now.keepingUnknownFrom(SHOP_AND_DEV).lostFrom(SHOP_AND_DEV)).isEmpty();
  }

  @Test
  void aDeniedNamespaceIsLost() {
    var now = NamespaceScope.only(Set.of("dev"));

    assertThat(now.keepingUnknownFrom(SHOP_AND_DEV)).isEqualTo(now);
    assertThat(now.lostFrom(SHOP_AND_DEV)).containsExactly("shop");
    assertThat(now.lostFrom(NamespaceScope.ALL)).containsExactly("*");
    assertThat(NamespaceScope.ALL.lostFrom(SHOP_AND_DEV)).isEmpty();
  }

  @Test
  void twoKindsTogetherAreSeenOnlyWhereBothMayBeListed() {
    var dev = NamespaceScope.only(Set.of("dev"));

    assertThat(SHOP_AND_DEV.and(dev).namespaces()).containsExactly("dev");
    assertThat(NamespaceScope.ALL.and(dev)).isEqualTo(dev);
    assertThat(dev.and(NamespaceScope.ALL)).isEqualTo(dev);
    assertThat(NamespaceScope.ALL.and(NamespaceScope.ALL).all()).isTrue();
    assertThat(SHOP_AND_DEV.and(NamespaceScope.NONE).namespaces()).isEmpty();
    assertThat(dev.and(new NamespaceScope(false, Set.of("dev"), Set.of("shop"))).unknown())
        .containsExactly("shop");
  }
}
