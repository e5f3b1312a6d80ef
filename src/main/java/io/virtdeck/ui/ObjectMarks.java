package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.UserScopes;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * Marks beside an object's name in the trees and grids (vSphere's yellow and red alarm triangles),
 * contributed by a feature as a Spring bean. Asked for every row drawn, so answers must be cheap;
 * views draw their rows again when {@link #changes()} emits.
 */
public interface ObjectMarks {

  /** The objects that rows show. */
  enum On {
    VM,
    HOST,
    DATASTORE,
    FOLDER
  }

  /**
   * A mark: {@code level} names its colour ({@code warning} yellow, {@code critical} red, the CSS
   * class {@code mark-<level>}), dimmed when every alarm it stands for was acknowledged; {@code
   * titleKey} says why, translated by the view with {@code count}.
   */
  record Mark(String level, boolean acknowledged, String titleKey, int count) {}

  /** The mark {@code scopes}'s user sees on the object, if any. */
  Optional<Mark> of(UserScopes scopes, On on, String namespace, String name);

  /** Emits when marks may have changed. */
  Flux<?> changes();

  /** The triangle of {@code mark}, for rows drawn with components (trees). */
  static Component icon(Component view, Mark mark) {
    Icon icon = VaadinIcon.WARNING.create();
    icon.addClassNames("object-mark", "mark-" + mark.level());
    if (mark.acknowledged()) {
      icon.addClassName("mark-acknowledged");
    }
    icon.getElement().setAttribute("data-mark", mark.level());
    icon.getElement().setAttribute("title", view.getTranslation(mark.titleKey(), mark.count()));
    return icon;
  }

  /** No marks: for views made without any feature contributing them. */
  ObjectMarks NONE =
      new ObjectMarks() {
        @Override
        public Optional<Mark> of(UserScopes scopes, On on, String namespace, String name) {
          return Optional.empty();
        }

        @Override
        public Flux<?> changes() {
          return Flux.never();
        }
      };
}
