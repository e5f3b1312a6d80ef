package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A clone's label and annotation filters as KubeVirt applies them. */
class KeyFiltersTest {

  private static final Map<String, String> LABELS =
      Map.of("app", "shop", "example.com/team", "a", "example.com/cost", "b");

  @Test
  void noFiltersKeepEveryKey() {
    assertThat(KeyFilters.apply(LABELS, null)).isEqualTo(LABELS);
    assertThat(KeyFilters.apply(LABELS, List.of())).isEqualTo(LABELS);
  }

  @Test
  void theLastMatchingFilterDecides() {
    assertThat(KeyFilters.apply(LABELS, List.of("*", "!example.com/*"))).containsOnlyKeys("app");
    assertThat(KeyFilters.apply(LABELS, List.of("*", "!example.com/*", "example.com/cost")))
        .containsOnlyKeys("app", "example.com/cost");
  }

  @Test
  void filtersKeepOnlyWhatTheyMatch() {
    assertThat(KeyFilters.apply(LABELS, List.of("example.com/*")))
        .containsOnlyKeys("example.com/team", "example.com/cost");
    assertThat(KeyFilters.apply(LABELS, List.of("app"))).containsOnlyKeys("app");
    assertThat(KeyFilters.keeps("example.com.evil", List.of("example.com*"))).isTrue();
    assertThat(KeyFilters.keeps("exampleXcom/team", List.of("example.com/*"))).isFalse();
  }
}
