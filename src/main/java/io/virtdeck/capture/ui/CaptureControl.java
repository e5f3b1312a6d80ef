package io.virtdeck.capture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.capture.Recording;
import io.virtdeck.task.Task;
import io.virtdeck.ui.LiveUpdates;
import java.util.List;

/**
 * The header's Record button: starts recording and opens the script panel; while recording it says
 * so with the number of recorded tasks, and opens or closes the panel.
 */
@StyleSheet("styles/capture.css")
class CaptureControl extends Div {

  private final SessionRecording session;
  private final Recording recording;
  private final Button record = new Button();
  private final CapturePanel panel;

  CaptureControl(SessionRecording session) {
    this.session = session;
    this.recording = session.recording();
    this.panel = new CapturePanel(recording, () -> open(false));
    addClassName("capture-control");
    record.setId("capture-record");
    record.setIcon(VaadinIcon.CIRCLE.create());
    record.addThemeVariants(ButtonVariant.LUMO_SMALL);
    record.addClickListener(e -> clicked());
    panel.setVisible(session.panelOpen());
    add(record, panel);
    show(recording.steps());
    LiveUpdates.bind(this, recording::changes, batch -> show(batch.getLast()));
  }

  private void clicked() {
    if (!recording.recording() && !panel.isVisible()) {
      recording.start();
    }
    open(!panel.isVisible());
  }

  private void open(boolean open) {
    panel.setVisible(open);
    session.panelOpen(open);
  }

  private void show(List<Task> steps) {
    boolean on = recording.recording();
    record.setText(
        on ? getTranslation("capture.recording", steps.size()) : getTranslation("capture.record"));
    record.setTooltipText(getTranslation("capture.record.tooltip"));
    record.getElement().setAttribute("aria-pressed", String.valueOf(on));
    record.getElement().getClassList().set("recording", on);
    panel.show(steps);
  }
}
