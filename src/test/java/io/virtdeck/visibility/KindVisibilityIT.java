package io.virtdeck.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.visibility.KindProbes.Probe;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21 item 2, for every kind the shared caches hold: a user who may not list a kind in a
 * namespace (here: shop; for a cluster-scoped kind: at all) sees no object of that kind there
 * through any path of the product's read services ({@link KindProbes}), while the administrator
 * does through each (so that a probe that sees nothing for anyone proves nothing and fails).
 */
class KindVisibilityIT {

  private static VisibilityBed bed;

  @BeforeAll
  static void start() {
    bed = new VisibilityBed();
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  static Stream<Probe> probes() {
    return KindProbes.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void theAdministratorSeesTheObjectThroughThePath(Probe probe) {
    UserIdentity admin = VisibilityBed.ADMIN;

    assertThat(probe.sees().as(bed, admin, bed.scopes(admin))).as(probe.toString()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void aUserWhoMayNotListTheKindThereDoesNot(Probe probe) {
    UserIdentity user = VisibilityBed.without(probe.kind());

    assertThat(probe.sees().as(bed, user, bed.scopes(user))).as(probe.toString()).isFalse();
  }

  @Test
  void everyKindIsProbedAndEachUserLacksOnlyItsKindAndOnlyThere() {
    List<CachedKind> probed = KindProbes.ALL.stream().map(Probe::kind).distinct().toList();
    assertThat(probed).containsExactlyInAnyOrder(CachedKind.values());
    for (CachedKind kind : CachedKind.values()) {
      var scopes = bed.scopes(VisibilityBed.without(kind));
      NamespaceScope hidden = scopes.of(kind);
      assertThat(hidden.includes(VisibilityBed.SHOP)).as("%s in shop", kind).isFalse();
      assertThat(hidden.complete()).as("%s answered", kind).isTrue();
      if (kind.namespaced()) {
        assertThat(hidden.includes("finance")).as("%s in finance", kind).isTrue();
      }
      Arrays.stream(CachedKind.values())
          .filter(other -> other != kind)
          .forEach(
              other -> assertThat(scopes.all(other)).as("%s without %s", other, kind).isTrue());
    }
  }
}
