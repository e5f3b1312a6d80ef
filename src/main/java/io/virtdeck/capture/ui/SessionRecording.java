package io.virtdeck.capture.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.virtdeck.capture.CodeCapture;
import io.virtdeck.capture.Recording;
import io.virtdeck.security.CurrentUser;
import org.springframework.beans.factory.DisposableBean;

/**
 * The recording of one browser session (shared by its tabs), of the user signed in there, and
 * whether its panel is open; it stops listening when the session ends.
 */
@SpringComponent
@VaadinSessionScope
class SessionRecording implements DisposableBean {

  private final Recording recording;
  private volatile boolean panelOpen;

  SessionRecording(CodeCapture capture, CurrentUser user) {
    this.recording = capture.newRecording(user.require());
  }

  Recording recording() {
    return recording;
  }

  /** Whether the script panel is open: it stays so across pages and reloads of the session. */
  boolean panelOpen() {
    return panelOpen;
  }

  void panelOpen(boolean open) {
    panelOpen = open;
  }

  @Override
  public void destroy() {
    recording.close();
  }
}
