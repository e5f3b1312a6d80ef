package io.virtdeck.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.task.Task;
import io.virtdeck.task.TextDiff;
import java.util.List;

/** "Show me the Kubernetes" for a task: the exact request, the commands, the YAML diff. */
public class TaskDetailsDialog extends Dialog {

  public TaskDetailsDialog(Task task) {
    setHeaderTitle(TaskTexts.name(this, task) + " · " + task.target());
    setId("task-details");
    setWidth("min(60rem, 95vw)");
    add(new Div(TaskTexts.status(this, task)));
    add(sections(this, task.call(), task.commands()));
    add(yaml(task));
    Button close = new Button(getTranslation("dialog.close"), e -> close());
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
  }

  /** The YAML diff when the task changed something, coloured; else the YAML it acted on. */
  private Div yaml(Task task) {
    String title = getTranslation("teach.yaml-diff");
    if (task.yamlAfter().isEmpty()) {
      return block(
          this, title, task.yamlBefore().isEmpty() ? "—" : task.yamlBefore(), "teach-diff");
    }
    List<TextDiff.Line> lines = TextDiff.changedLines(task.yamlBefore(), task.yamlAfter());
    if (lines.isEmpty()) {
      return block(this, title, "—", "teach-diff");
    }
    Pre diff = YamlDiffView.of(lines, n -> getTranslation("teach.yaml-diff.elided", n));
    diff.setId("teach-diff");
    return block(this, title, TextDiff.changes(task.yamlBefore(), task.yamlAfter()), diff);
  }

  /** The request and command blocks, shared with the confirmation dialogs. */
  public static Div sections(Component owner, ApiCall call, List<String> commands) {
    Div sections = new Div();
    sections.addClassName("teach");
    sections.add(
        block(owner, owner.getTranslation("teach.request"), call.describe(), "teach-request"));
    sections.add(
        block(
            owner,
            owner.getTranslation("teach.commands"),
            String.join("\n", commands),
            "teach-commands"));
    return sections;
  }

  /** A titled code block with the id {@code id} and a button that copies {@code text}. */
  public static Div block(Component owner, String title, String text, String id) {
    Pre pre = new Pre(text);
    pre.setId(id);
    pre.addClassName("teach-code");
    return block(owner, title, text, pre);
  }

  /** A titled code block with a button that copies {@code text}. */
  private static Div block(Component owner, String title, String text, Pre pre) {
    Button copy = new Button(VaadinIcon.COPY.create());
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    copy.setAriaLabel(owner.getTranslation("teach.copy"));
    copy.setTooltipText(owner.getTranslation("teach.copy"));
    copy.addClickListener(
        e ->
            copy.getUI()
                .ifPresent(
                    ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", text)));
    Div block = new Div(new H4(title), copy, pre);
    block.addClassName("teach-block");
    return block;
  }
}
