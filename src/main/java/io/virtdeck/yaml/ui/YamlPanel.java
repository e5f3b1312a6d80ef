package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.TextDiff;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.task.ui.YamlDiffView;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.yaml.ObjectYamls;
import io.virtdeck.yaml.YamlEditOperation;
import io.virtdeck.yaml.YamlKind;
import io.virtdeck.yaml.YamlReview;
import java.util.List;
import java.util.Optional;

/**
 * An object's YAML tab: the YAML as the user may read it, with a copy button, redrawn after each
 * change of the object. For users who may patch it: Edit (the text in an editor; a change of the
 * object meanwhile is announced, not pushed into the text), Review changes (the problems against
 * their lines, or the diff, the JSON patch and its kubectl command) and Apply (the patch as a
 * task).
 */
public final class YamlPanel extends Div {

  private enum Mode {
    VIEW,
    EDIT,
    REVIEW
  }

  private final ObjectYamls yamls;
  private final YamlKind kind;
  private final ResourceKey key;
  private final UserIdentity user;
  private final FollowedScopes scopes;
  private final HorizontalLayout toolbar = new HorizontalLayout();
  private final Div notice = new Div();
  private final Div problems = new Div();
  private final FieldErrors errors = new FieldErrors(problems);
  private final Div body = new Div();
  private final TextArea editor = new TextArea();
  private Mode mode = Mode.VIEW;
  private String seen = "";

  YamlPanel(
      ObjectYamls yamls, FollowedScopes scopes, YamlKind kind, ResourceKey key, UserIdentity user) {
    this.yamls = yamls;
    this.scopes = scopes;
    this.kind = kind;
    this.key = key;
    this.user = user;
    setId("yaml-panel");
    addClassName("yaml-panel");
    toolbar.setId("yaml-toolbar");
    notice.setId("yaml-notice");
    problems.setId("yaml-problems");
    editor.setId("yaml-editor");
    editor.addClassName("yaml-editor");
    editor.setWidthFull();
    add(toolbar, notice, problems, body);
    LiveUpdates.follow(this, () -> yamls.changes(kind, key), this::refresh);
    scopes.follow(this, this::refresh);
  }

  private Optional<String> current() {
    return yamls.yaml(kind, key, scopes.get());
  }

  private void refresh() {
    if (mode == Mode.VIEW) {
      showView();
    } else {
      boolean changed = !current().orElse("").equals(seen);
      notice.setText(changed ? getTranslation("yaml.changed-meanwhile") : "");
    }
  }

  private void showView() {
    mode = Mode.VIEW;
    toolbar.removeAll();
    body.removeAll();
    notice.setText("");
    errors.show(List.of());
    Optional<String> yaml = current();
    if (yaml.isEmpty()) {
      body.add(new Span(getTranslation("yaml.hidden")));
      return;
    }
    seen = yaml.get();
    body.add(TaskDetailsDialog.block(this, kind.kind() + " " + key, seen, "yaml-text"));
    if (yamls.mayEdit(user, kind, key)) {
      toolbar.add(button("yaml-edit", "yaml.edit", VaadinIcon.EDIT, this::edit));
    } else {
      Span readOnly = new Span(getTranslation("yaml.read-only"));
      readOnly.setId("yaml-read-only");
      toolbar.add(readOnly);
    }
  }

  private void edit() {
    mode = Mode.EDIT;
    if (editor.getValue().isEmpty()) {
      editor.setValue(seen);
    }
    toolbar.removeAll();
    toolbar.add(
        button("yaml-review", "yaml.review", VaadinIcon.EYE, this::review),
        button("yaml-cancel", "yaml.cancel", VaadinIcon.CLOSE_SMALL, this::cancel));
    body.removeAll();
    body.add(editor);
    refresh();
  }

  private void cancel() {
    editor.clear();
    showView();
  }

  private void review() {
    YamlReview review = yamls.review(user, kind, key, seen, editor.getValue());
    errors.show(List.of());
    if (review.operation().isEmpty()) {
      YamlProblems.show(errors, this, review.problems());
      return;
    }
    mode = Mode.REVIEW;
    YamlEditOperation operation = review.operation().get();
    toolbar.removeAll();
    toolbar.add(
        button("yaml-apply", "yaml.send", VaadinIcon.CHECK, () -> apply(operation)),
        button("yaml-back", "yaml.back", VaadinIcon.ARROW_BACKWARD, this::edit),
        button("yaml-cancel", "yaml.cancel", VaadinIcon.CLOSE_SMALL, this::cancel));
    body.removeAll();
    Div diff = new Div(new com.vaadin.flow.component.html.H4(getTranslation("yaml.review.diff")));
    diff.add(
        YamlDiffView.of(
            TextDiff.changedLines(seen, editor.getValue()),
            n -> getTranslation("yaml.review.elided", n)));
    diff.setId("yaml-diff");
    body.add(
        diff,
        TaskDetailsDialog.block(
            this, getTranslation("yaml.review.patch"), operation.patch(), "yaml-patch"),
        TaskDetailsDialog.block(
            this,
            getTranslation("yaml.review.kubectl"),
            String.join("\n", operation.commands()),
            "yaml-kubectl"));
  }

  private void apply(YamlEditOperation operation) {
    yamls.send(user, operation);
    editor.clear();
    showView();
    notice.setText(getTranslation("yaml.sent"));
  }

  private Button button(String id, String key, VaadinIcon icon, Runnable action) {
    Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return button;
  }
}
