package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mock;

import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  void aWatchWithoutVersionGetsEverything() {
    var plain =
        (WatchReplayFilter)
            WatchReplayFilter.of(new WebSocketListener() {}, "/api/v1/pods?watch=true");

    assertThat(plain.passes(event("ADDED", 1))).isTrue();
  }

  @Test
  void closingAWatchDoesNotWaitForTheStoresListener() throws Exception {
    var release = new CountDownLatch(1);
    var closed = new CountDownLatch(1);
    var slow =
        new WebSocketListener() {
          @Override
          public void onClosed(WebSocket socket, int code, String reason) {
            try {
              release.await(); // as the mock's listener awaits its queued sends
              closed.countDown();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    var watch = WatchReplayFilter.of(slow, "/api/v1/pods?watch=true&resourceVersion=5");
    WebSocket socket = mock(WebSocket.class); // outside the timed part: Mockito starts slowly

    // the listener never returns until released: any bound proves the call did not wait for it
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> watch.onClosed(socket, 1000, "bye"));
    release.countDown();
    assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
  }

  private static String event(String type, long version) {
    return "{\"type\":\""
        + type
        + "\",\"object\":{\"metadata\":{\"name\":\"x\",\"resourceVersion\":\""
        + version
        + "\"}}}";
  }
}
