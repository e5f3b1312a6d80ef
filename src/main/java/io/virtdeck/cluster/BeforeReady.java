package io.virtdeck.cluster;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A start-up step that runs once every bean exists and the web server has opened, and before the
 * application is ready (Spring's "started", the readiness probe): users can load the sign-in page
 * and sign in while it runs, instead of after it: on a large cluster the steps (the caches' sync,
 * the VM inventory's load) are most of the start-up.
 */
public abstract class BeforeReady implements SmartLifecycle {

  private volatile boolean running;

  /** The step; the application is not ready until it returns. */
  protected abstract void prepare();

  @Override
  public final void start() {
    prepare();
    running = true;
  }

  @Override
  public final void stop() {
    running = false;
  }

  @Override
  public final boolean isRunning() {
    return running;
  }

  /**
   * After the web server's phase and after the management server's (Spring Boot starts its child
   * context at {@code DEFAULT_PHASE - 1536}): lower phases start first. So the health, liveness and
   * metrics endpoints answer while the steps run, and the management server's start (time on the
   * main thread) is not left for the moment the first screen is drawn.
   */
  @Override
  public final int getPhase() {
    return PHASE;
  }

  /** Between the management server's child context and Spring's default phase. */
  static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 768;
}
