package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The application is ready only after the caches have synced; the web server opens before, so that
 * users can sign in meanwhile.
 */
class CacheSyncGateTest {

  @Test
  void startingTheGateAwaitsTheCachesAfterTheWebServerStarted() {
    ClusterCaches caches = mock(ClusterCaches.class);
    var gate = new CacheSyncGate(caches);

    gate.start();

    verify(caches).awaitSync();
    assertThat(gate.isRunning()).isTrue();
    assertThat(gate.getPhase())
        .isGreaterThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
  }
}
