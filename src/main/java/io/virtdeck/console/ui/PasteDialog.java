package io.virtdeck.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import java.text.NumberFormat;
import java.util.List;

/**
 * Paste as keystrokes: text typed into the guest key by key (for passwords and commands where the
 * guest has no clipboard), at most {@value #LIMIT} characters at once.
 */
final class PasteDialog {

  static final int LIMIT = 1000;

  private PasteDialog() {}

  static void open(VncConsole vnc, Span progress) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(vnc.getTranslation("console.paste"));
    TextArea text = new TextArea(vnc.getTranslation("console.paste.label"));
    text.setId("console-paste-text");
    text.setWidth("32em");
    text.setMaxLength(LIMIT);
    // the limit as the user's language writes numbers ("1,000"), in the hint and the error alike
    String limit = NumberFormat.getIntegerInstance(UI.getCurrent().getLocale()).format(LIMIT);
    text.setHelperText(vnc.getTranslation("console.paste.limit", limit));
    FieldErrors errors = new FieldErrors(new Div()).on("console.paste", text);
    List<Message> tooLong = List.of(Message.of("console.paste.limit", limit));
    Button type =
        new Button(
            vnc.getTranslation("console.paste.send"),
            e -> {
              String value = text.getValue();
              if (!errors.show(value.length() > LIMIT ? tooLong : List.of())) {
                return;
              }
              progress.setText("");
              vnc.paste(value);
              dialog.close();
            });
    type.setId("console-paste-send");
    type.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(text);
    dialog
        .getFooter()
        .add(new Button(vnc.getTranslation("console.cancel"), e -> dialog.close()), type);
    dialog.open();
  }
}
