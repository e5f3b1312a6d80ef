package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the most recently fetched keys, a fetched-again key counting as new. */
class RecentlyFetchedTest {

  @Test
  void theOldestKeysGoFirstAndARefetchedKeyIsNewAgain() {
    RecentlyFetched<String> fetched = new RecentlyFetched<>(3);
    fetched.fetched("a");
    fetched.fetched("b");
    fetched.fetched("c");
    fetched.fetched("d");
    assertThat(fetched.test("a")).isFalse();

    fetched.fetched("b");
    fetched.fetched("e");

    assertThat(fetched).accepts("b", "d", "e").rejects("a", "c");
  }
}
