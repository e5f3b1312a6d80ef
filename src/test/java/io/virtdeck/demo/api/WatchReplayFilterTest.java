package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.WebSocketListener;
import org.junit.jupiter.api.Test;

/** A watch from a resourceVersion does not get the objects it already listed again. */
class WatchReplayFilterTest {

  private final WatchReplayFilter filter =
      (WatchReplayFilter)
          WatchReplayFilter.of(
              new WebSocketListener() {}, "/api/v1/pods?watch=true&resourceVersion=100");

  @Test
  void dropsReplayedObjectsAtOrBelowTheVersionAndKeepsEverythingNewer() {
    assertThat(filter.passes(event("ADDED", 99))).isFalse();
    assertThat(filter.passes(event("ADDED", 100))).isFalse();
    assertThat(filter.passes(event("ADDED", 101))).isTrue();
    assertThat(filter.passes(event("MODIFIED", 50))).isTrue();
    assertThat(filter.passes(event("DELETED", 50))).isTrue();
  }

  @Test
  void aWatchWithoutVersionIsLeftAlone() {
    var plain = new WebSocketListener() {};
    assertThat(WatchReplayFilter.of(plain, "/api/v1/pods?watch=true")).isSameAs(plain);
  }

  private static String event(String type, long version) {
    return "{\"type\":\""
        + type
        + "\",\"object\":{\"metadata\":{\"name\":\"x\",\"resourceVersion\":\""
        + version
        + "\"}}}";
  }
}
