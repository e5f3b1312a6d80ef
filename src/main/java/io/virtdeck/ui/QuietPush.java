package io.virtdeck.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the browser's push client from logging every message. Vaadin's client sets Atmosphere's log
 * level to {@code debug} ("always debug for now"), so each push wrote three dated lines to the
 * browser console, a large share of a browser's script time for each change shown (figures in
 * docs/BENCHMARKS.md). Push configuration parameters override the client's settings; warnings and
 * errors are still logged.
 */
@Component
class QuietPush implements VaadinServiceInitListener {

  static final String LOG_LEVEL = "logLevel";
  static final String LEVEL = "info";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> quiet(init.getUI()));
  }

  static void quiet(UI ui) {
    ui.getPushConfiguration().setParameter(LOG_LEVEL, LEVEL);
  }
}
