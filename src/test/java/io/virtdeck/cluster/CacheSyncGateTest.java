package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The web server opens only after the caches have synced; the rest of start-up does not wait. */
class CacheSyncGateTest {

  @Test
  void startingTheGateAwaitsTheCachesBeforeTheWebServerStarts() {
    ClusterCaches caches = mock(ClusterCaches.class);
    var gate = new CacheSyncGate(caches);

    gate.start();

    verify(caches).awaitSync();
    assertThat(gate.isRunning()).isTrue();
    assertThat(gate.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
  }
}
