package io.virtdeck.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Hands the configured batch window of live updates to the Vaadin service, where {@link
 * LiveUpdates} reads it for each view: {@code virtdeck.ui.batch-window} (150ms) and {@code
 * virtdeck.ui.adaptive-batch-window} (false: the window is fixed; true: it is at most the given one
 * and follows what updates cost, see {@link BatchWindow}).
 */
@Component
class BatchWindowSetting implements VaadinServiceInitListener {

  private final BatchWindow window;

  BatchWindowSetting(BatchWindowProperties properties) {
    this.window = properties.window();
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().getContext().setAttribute(BatchWindow.class, window);
  }
}
