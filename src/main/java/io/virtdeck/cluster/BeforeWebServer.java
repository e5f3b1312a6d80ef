package io.virtdeck.cluster;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A start-up step that runs after every bean exists and just before the web server opens, so that
 * the first request finds it done while the rest of start-up ran alongside what it waits for.
 */
public abstract class BeforeWebServer implements SmartLifecycle {

  private volatile boolean running;

  /** The step; it blocks the web server's start until it returns. */
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

  @Override
  public final int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }
}
