package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** A snapshot's YAML tab (read, copy and, for users who may patch it, edit) in a dialog. */
final class SnapshotYamlDialog {

  private SnapshotYamlDialog() {}

  static void open(String name, Component yaml) {
    Dialog dialog = new Dialog(yaml);
    dialog.setId("snapshot-yaml-dialog");
    dialog.setHeaderTitle(name);
    dialog.setWidth("min(60em, 95vw)");
    Button close = new Button(yaml.getTranslation("dialog.close"), e -> dialog.close());
    close.setId("snapshot-yaml-close");
    dialog.getFooter().add(close);
    dialog.open();
  }
}
