package io.virtdeck.ui;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.NamespaceScope;
import java.util.Optional;

/**
 * Says that the cluster could not be asked what the user may see, where a view's scope has
 * unanswered reviews: an empty or short list is then not the truth, and the user must know it.
 */
public final class ScopeNotice {

  private ScopeNotice() {}

  /** The notice for {@code scope}, or empty when every review was answered. */
  public static Optional<Div> of(NamespaceScope scope) {
    if (scope.complete()) {
      return Optional.empty();
    }
    Div notice = new Div();
    notice.setText(notice.getTranslation("cluster.scope.unknown"));
    notice.setId("scope-unknown");
    notice.addClassName("unavailable-banner");
    notice.getElement().setAttribute("role", "alert");
    return Optional.of(notice);
  }
}
