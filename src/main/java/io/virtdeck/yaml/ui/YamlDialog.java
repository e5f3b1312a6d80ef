package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The YAML tab of an object without a page of its own (a disk), in a dialog: read, copy and, for
 * users who may patch it, edit.
 */
public final class YamlDialog {

  private YamlDialog() {}

  /** Opens {@code yaml} in a dialog titled {@code title}; its element has {@code id}. */
  public static void open(String title, String id, YamlPanel yaml) {
    Dialog dialog = new Dialog(yaml);
    dialog.setId(id);
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(60em, 95vw)");
    Button close = new Button(yaml.getTranslation("dialog.close"), e -> dialog.close());
    close.setId(id + "-close");
    dialog.getFooter().add(close);
    dialog.open();
  }
}
