package io.virtdeck.glossary.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Span;

/**
 * A Kubernetes counterpart as the glossary shows it: the translations mark names to type (such as
 * {@code `start`}) with backticks, which are rendered as code, never shown literally.
 */
final class KubernetesText {

  static final String CLASS_NAME = "glossary-kubernetes";

  private KubernetesText() {}

  static Span of(String marked) {
    Span text = new Span();
    text.addClassName(CLASS_NAME);
    String[] parts = marked.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      // an unmatched backtick leaves its last part as plain text
      boolean code = i % 2 == 1 && i < parts.length - 1;
      text.add(code ? new Code(parts[i]) : new Text(parts[i]));
    }
    return text;
  }
}
