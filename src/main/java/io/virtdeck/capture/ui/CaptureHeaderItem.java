package io.virtdeck.capture.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.ui.HeaderItem;
import org.springframework.beans.factory.ObjectProvider;

/** Code Capture's Record button in the header, with its script panel. */
@org.springframework.stereotype.Component
class CaptureHeaderItem implements HeaderItem {

  private final ObjectProvider<SessionRecording> recordings;

  CaptureHeaderItem(ObjectProvider<SessionRecording> recordings) {
    this.recordings = recordings;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Component create() {
    return new CaptureControl(recordings.getObject());
  }
}
