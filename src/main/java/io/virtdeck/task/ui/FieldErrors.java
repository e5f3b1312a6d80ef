package io.virtdeck.task.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.task.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems of a dialog's input, shown the one way every dialog shows them: each on the field it
 * is about ({@code setInvalid} and {@code setErrorMessage}: the field's own error message, red
 * under it and announced by screen readers, the field keeping what was typed), the ones about no
 * single field as sentences in {@code problems} under the form. A problem belongs to the field
 * registered with the longest prefix of its message key. No dialog marks fields or writes problems
 * itself ({@code DialogsShowProblemsOnFieldsTest}).
 */
public final class FieldErrors {

  private final Div problems;
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public FieldErrors(Div problems) {
    this.problems = problems;
    problems.addClassName("form-problems");
  }

  /** Shows problems whose message key starts with {@code keyPrefix} on {@code field}. */
  public FieldErrors on(String keyPrefix, HasValidation field) {
    field.setManualValidation(true);
    fields.put(keyPrefix, field);
    return this;
  }

  /** Shows the problems (clearing earlier ones); true when there are none. */
  public boolean show(List<Message> found) {
    problems.removeAll();
    fields.values().forEach(f -> f.setInvalid(false));
    for (Message m : found) {
      String text = problems.getTranslation(m.key(), m.args().toArray());
      HasValidation field = fieldFor(m.key());
      if (field == null) {
        problems.add(new Paragraph(text));
      } else if (!field.isInvalid()) {
        field.setErrorMessage(text);
        field.setInvalid(true);
      }
    }
    return found.isEmpty();
  }

  private @Nullable HasValidation fieldFor(String key) {
    String best = "";
    for (String prefix : fields.keySet()) {
      if (key.startsWith(prefix) && prefix.length() > best.length()) {
        best = prefix;
      }
    }
    return fields.get(best);
  }
}
