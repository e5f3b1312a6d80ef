package io.virtdeck.metrics;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The gauge {@value #SESSIONS}: Vaadin sessions open on this server. */
@Component
public class UiSessionMetrics implements VaadinServiceInitListener {

  static final String SESSIONS = "virtdeck.ui.sessions";

  private final AtomicInteger open = new AtomicInteger();

  public UiSessionMetrics(MeterRegistry registry) {
    Gauge.builder(SESSIONS, open, AtomicInteger::get)
        .description("Open Vaadin UI sessions")
        .register(registry);
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> open.incrementAndGet());
    event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
  }

  int open() {
    return open.get();
  }
}
