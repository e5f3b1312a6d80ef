package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.AbstractApplicationContext;

/** The start-up steps run after the web server and the management server opened. */
class BeforeReadyTest {

  @Test
  void theStepsStartAfterTheWebServerAndTheManagementServer() throws Exception {
    assertThat(BeforeReady.PHASE)
        .isGreaterThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE)
        .isGreaterThan(managementServerPhase())
        .isLessThan(SmartLifecycle.DEFAULT_PHASE);
  }

  /** Spring Boot's starter of the management server's child context is package-private. */
  private static int managementServerPhase() throws Exception {
    String server = "org.springframework.boot.actuate.autoconfigure.web.server.";
    var constructor =
        Class.forName(server + "ChildManagementContextInitializer")
            .getDeclaredConstructor(
                Class.forName(server + "ManagementContextFactory"),
                AbstractApplicationContext.class);
    constructor.setAccessible(true);
    Object initializer = constructor.newInstance(null, null);
    return ((SmartLifecycle) initializer).getPhase();
  }
}
