package io.virtdeck.storage.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;

/** "Show the Kubernetes operation" of a dialog, and where it says problems of no one field. */
final class OperationPreview {

  private OperationPreview() {}

  static Details details(Dialog owner, String id) {
    Details kubernetes = new Details();
    kubernetes.setSummaryText(owner.getTranslation("teach.show"));
    kubernetes.setId(id);
    return kubernetes;
  }

  static void show(Dialog owner, Details kubernetes, Operation... operations) {
    kubernetes.removeAll();
    for (Operation operation : operations) {
      kubernetes.add(TaskDetailsDialog.sections(owner, operation.call(), operation.commands()));
    }
  }

  /** Where a dialog's {@link io.virtdeck.task.ui.FieldErrors} says problems of no one field. */
  static Div problems(String id) {
    Div problems = new Div();
    problems.setId(id);
    return problems;
  }
}
