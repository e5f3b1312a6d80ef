package io.virtdeck.capture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.virtdeck.capture.CapturedStep;
import io.virtdeck.capture.Recording;
import io.virtdeck.capture.ScriptFormat;
import io.virtdeck.task.Task;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The side panel of Code Capture: the recorded tasks as a script in the chosen form, with Stop (or
 * Record again), Copy, Download and Clear.
 */
class CapturePanel extends Aside {

  private final Recording recording;
  private final Select<ScriptFormat> format = new Select<>();
  private final Span state = new Span();
  private final Button toggle = new Button();
  private final Pre script = new Pre();
  private List<Task> steps = List.of();
  // what the download serves: read on the download's request thread, written inside the UI lock
  private volatile String current = "";
  private volatile ScriptFormat currentFormat = ScriptFormat.BASH;

  CapturePanel(Recording recording, Runnable close) {
    this.recording = recording;
    setId("capture-panel");
    addClassName("capture-panel");
    format.setId("capture-format");
    format.setLabel(getTranslation("capture.format"));
    format.setItems(ScriptFormat.values());
    format.setItemLabelGenerator(
        f -> getTranslation("capture.format." + f.name().toLowerCase(Locale.ROOT)));
    format.setValue(ScriptFormat.BASH);
    format.addValueChangeListener(e -> render());
    toggle.setId("capture-toggle");
    toggle.addClickListener(e -> toggle());
    Button copy = button("capture-copy", "capture.copy", VaadinIcon.COPY);
    copy.addClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", current)));
    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> file()), "");
    download.setId("capture-download");
    download.add(button("capture-download-button", "capture.download", VaadinIcon.DOWNLOAD));
    Button clear = button("capture-clear", "capture.clear", VaadinIcon.TRASH);
    clear.addClickListener(e -> recording.clear());
    Button hide = button("capture-close", "capture.close", VaadinIcon.CLOSE_SMALL);
    hide.addClickListener(e -> close.run());
    state.setId("capture-state");
    script.setId("capture-script");
    script.addClassName("capture-script");
    Div actions = new Div(toggle, copy, download, clear, hide);
    actions.addClassName("capture-actions");
    add(new H3(getTranslation("capture.title")), state, format, actions, script);
  }

  private Button button(String id, String key, VaadinIcon icon) {
    Button button = new Button(getTranslation(key), icon.create());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private void toggle() {
    if (recording.recording()) {
      recording.stop();
    } else {
      recording.start();
    }
  }

  void show(List<Task> recorded) {
    this.steps = recorded;
    boolean on = recording.recording();
    toggle.setText(getTranslation(on ? "capture.stop" : "capture.resume"));
    toggle.setIcon((on ? VaadinIcon.STOP : VaadinIcon.CIRCLE).create());
    state.setText(getTranslation(on ? "capture.state.on" : "capture.state.off", recorded.size()));
    render();
  }

  private void render() {
    currentFormat = format.getValue() == null ? ScriptFormat.BASH : format.getValue();
    current = text();
    script.setText(steps.isEmpty() ? getTranslation("capture.empty") : current);
  }

  private String text() {
    ScriptFormat chosen = format.getValue() == null ? ScriptFormat.BASH : format.getValue();
    return chosen.render(captured());
  }

  private List<CapturedStep> captured() {
    return steps.stream()
        .map(t -> new CapturedStep(getTranslation(t.titleKey()), t.target().toString(), t.script()))
        .toList();
  }

  private DownloadResponse file() {
    ScriptFormat chosen = currentFormat;
    byte[] bytes = current.getBytes(StandardCharsets.UTF_8);
    return new DownloadResponse(
        new ByteArrayInputStream(bytes), chosen.fileName(), chosen.contentType(), bytes.length);
  }
}
