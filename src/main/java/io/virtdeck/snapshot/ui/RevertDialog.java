package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.ui.Notices;

/**
 * Revert to snapshot, confirmed with what will be lost. KubeVirt restores only a stopped VM: for a
 * running one it offers "Power off and revert" and "Power off, revert, and power on again".
 */
class RevertDialog extends Dialog {

  RevertDialog(SnapshotContext context, SnapshotRow snapshot) {
    setId("confirm-revert");
    setHeaderTitle(getTranslation("snapshot.revert.title", snapshot.name()));
    setWidth("min(48rem, 95vw)");
    String vm = context.vm().name();
    boolean running = context.running();
    Paragraph text =
        new Paragraph(
            running
                ? getTranslation("snapshot.revert.running", vm, snapshot.name())
                : getTranslation("snapshot.revert.stopped", vm, snapshot.name()));
    text.setId("revert-text");
    // The restore shown (its name is in the kubectl wait) is the one sent on confirmation.
    Operation revert = context.operations().prepareRevert(context.vm(), snapshot.name());
    Details teach =
        new Details(
            getTranslation("teach.show"),
            TaskDetailsDialog.sections(this, revert.call(), revert.commands()));
    teach.setId("revert-show-kubernetes");
    add(text, teach);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    getFooter().add(cancel);
    if (running) {
      Button off =
          new Button(
              getTranslation("snapshot.revert.power-off"),
              e ->
                  run(
                      () ->
                          context
                              .operations()
                              .powerOffAndRevert(context.user(), context.vm(), revert, false)));
      off.setId("revert-power-off");
      Button cycle =
          new Button(
              getTranslation("snapshot.revert.power-cycle"),
              e ->
                  run(
                      () ->
                          context
                              .operations()
                              .powerOffAndRevert(context.user(), context.vm(), revert, true)));
      cycle.setId("revert-power-cycle");
      cycle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
      getFooter().add(off, cycle);
    } else {
      Button confirm =
          new Button(
              getTranslation("snapshot.action.revert"),
              e -> run(() -> context.operations().revert(context.user(), revert)));
      confirm.setId("revert-confirm");
      confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
      getFooter().add(confirm);
    }
  }

  private void run(Runnable action) {
    close();
    action.run();
    Notices.show(getTranslation("snapshot.revert.queued"))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
