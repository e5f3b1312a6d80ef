package io.virtdeck.lab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.lab.LabReset;

/**
 * Resets the cluster to its starting inventory after a confirmation that says what is lost; the
 * reset runs off the UI thread and its end is told in a notification.
 */
class ResetClusterButton extends Button {

  ResetClusterButton(LabReset reset, UserIdentity user) {
    super(VaadinIcon.REFRESH.create());
    setText(getTranslation("labs.reset"));
    setId("labs-reset");
    addThemeVariants(ButtonVariant.LUMO_ERROR);
    addClickListener(e -> confirm(reset, user));
  }

  private void confirm(LabReset reset, UserIdentity user) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("labs-reset-confirm");
    dialog.setHeader(getTranslation("labs.reset.confirm.title"));
    dialog.setText(getTranslation("labs.reset.confirm.text"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("dialog.cancel"));
    dialog.setConfirmText(getTranslation("labs.reset.confirm.ok"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(e -> run(reset, user));
    dialog.open();
  }

  private void run(LabReset reset, UserIdentity user) {
    UI ui = UI.getCurrent();
    setEnabled(false);
    setText(getTranslation("labs.reset.running"));
    Thread.ofVirtual()
        .start(
            () -> {
              String failure = null;
              try {
                reset.reset(user);
              } catch (RuntimeException failed) {
                failure = String.valueOf(failed.getMessage());
              }
              String result = failure;
              ui.access(
                  () -> {
                    setEnabled(true);
                    setText(getTranslation("labs.reset"));
                    Notification note =
                        Notification.show(
                            result == null
                                ? getTranslation("labs.reset.done")
                                : getTranslation("labs.reset.failed", result));
                    note.addThemeVariants(
                        result == null
                            ? NotificationVariant.LUMO_SUCCESS
                            : NotificationVariant.LUMO_ERROR);
                    ui.refreshCurrentRoute(false);
                  });
            });
  }
}
