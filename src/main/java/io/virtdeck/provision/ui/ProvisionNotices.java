package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.virtdeck.task.Operation;
import io.virtdeck.ui.Notices;

/** The notices provisioning's dialogs leave: a task queued, or a sentence. */
final class ProvisionNotices {

  private ProvisionNotices() {}

  static void queued(Component owner, Operation operation) {
    Notices.show(
            owner.getTranslation(
                "storage.queued", owner.getTranslation(operation.titleKey()), operation.target()))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }

  static void show(Component owner, String key, Object... args) {
    Notices.show(owner.getTranslation(key, args));
  }
}
