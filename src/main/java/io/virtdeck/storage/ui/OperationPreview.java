package io.virtdeck.storage.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import java.util.List;

/** "Show the Kubernetes operation" and the problems of a dialog's input, as sentences. */
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

  static Div problems(String id) {
    Div problems = new Div();
    problems.setId(id);
    problems.addClassName("form-problems");
    return problems;
  }

  /** Shows the problems; true when there are none. */
  static boolean fine(Div problems, List<Message> found) {
    problems.removeAll();
    found.forEach(
        m -> problems.add(new Paragraph(problems.getTranslation(m.key(), m.args().toArray()))));
    return found.isEmpty();
  }
}
