package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.virtdeck.snapshot.SnapshotNames;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.ui.Notices;
import java.util.List;

/**
 * Take snapshot: a name (a default is offered, checked as a DNS-1123 name before anything is sent),
 * a description kept as an annotation, a note on how consistent an online snapshot will be, and the
 * request it sends.
 */
class TakeSnapshotDialog extends Dialog {

  private final SnapshotContext context;
  private final TextField name = new TextField();
  private final TextArea description = new TextArea();
  private final Div kubernetes = new Div();
  private final Div problems = new Div();
  private final FieldErrors errors = new FieldErrors(problems).on("snapshot.name", name);

  TakeSnapshotDialog(SnapshotContext context) {
    this.context = context;
    setId("take-snapshot");
    setHeaderTitle(getTranslation("snapshot.take.title", context.vm().name()));
    setWidth("min(48rem, 95vw)");
    name.setId("snapshot-name");
    name.setLabel(getTranslation("snapshot.take.name"));
    name.setWidthFull();
    name.setValue(SnapshotNames.defaultName(context.vm().name(), context.clock().instant()));
    name.setValueChangeMode(ValueChangeMode.LAZY);
    name.addValueChangeListener(e -> validate());
    description.setId("snapshot-description");
    description.setLabel(getTranslation("snapshot.take.description"));
    description.setWidthFull();
    description.addValueChangeListener(e -> showRequest());
    Paragraph note = new Paragraph(getTranslation(noteKey()));
    note.setId("snapshot-note");
    Details teach = new Details(getTranslation("teach.show"), kubernetes);
    teach.setId("take-show-kubernetes");
    problems.setId("snapshot-problems");
    add(name, description, problems);
    List<String> unsupported = context.disksWithoutSnapshots();
    if (unsupported.isEmpty()) {
      add(note);
    } else {
      Paragraph willFail =
          new Paragraph(
              getTranslation("snapshot.take.note.will-fail", String.join(", ", unsupported)));
      willFail.setId("snapshot-will-fail");
      willFail.addClassName("problem");
      add(willFail);
    }
    add(teach);
    showRequest();
    Button confirm = new Button(getTranslation("snapshot.action.take"), e -> submit());
    confirm.setId("take-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }

  private String noteKey() {
    var summary = context.summary();
    if (summary.isEmpty() || !context.running()) {
      return "snapshot.take.note.offline";
    }
    return summary.get().guestAgentConnected()
        ? "snapshot.take.note.quiesced"
        : "snapshot.take.note.no-agent";
  }

  /** Shows the name's problem on its field; true when there is none. */
  private boolean validate() {
    boolean fine =
        errors.show(
            SnapshotNames.problem(
                    name.getValue().strip(),
                    context.snapshots().namesIn(context.user(), context.vm().namespace()))
                .map(Message::of)
                .stream()
                .toList());
    showRequest();
    return fine;
  }

  private void showRequest() {
    Operation take =
        context
            .operations()
            .prepareTake(context.vm(), name.getValue().strip(), description.getValue());
    kubernetes.removeAll();
    kubernetes.add(TaskDetailsDialog.sections(this, take.call(), take.commands()));
  }

  private void submit() {
    if (!validate()) {
      name.focus();
      return;
    }
    context
        .operations()
        .take(context.user(), context.vm(), name.getValue().strip(), description.getValue());
    close();
    Notices.show(getTranslation("snapshot.take.queued", name.getValue().strip()))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
