package io.virtdeck.lab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.lab.LabStep;
import java.util.Locale;

/** One step of a lab: done or to do, what to do, a hint, and "do it with kubectl". */
class LabStepItem extends ListItem {

  private final Span state = new Span();
  private final Icon icon = VaadinIcon.CIRCLE_THIN.create();

  LabStepItem(int index, LabStep step, Locale locale) {
    setId("lab-step-" + (index + 1));
    addClassName("lab-step");
    Span title = new Span(step.title().in(locale));
    title.addClassName("lab-step-title");
    state.addClassName("lab-step-state");
    Div head = new Div(icon, title, state);
    head.addClassName("lab-step-head");
    add(head);
    if (!step.hint().isEmpty()) {
      Div hint = new Div(step.hint().in(locale));
      hint.addClassName("lab-step-hint");
      add(hint);
    }
    if (!step.kubectl().isEmpty()) {
      add(kubectl(step.kubectl()));
    }
  }

  private Div kubectl(String text) {
    Pre code = new Pre(text);
    code.addClassName("lab-kubectl");
    Button copy = new Button(VaadinIcon.COPY.create());
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
    copy.setAriaLabel(getTranslation("teach.copy"));
    copy.setTooltipText(getTranslation("teach.copy"));
    copy.addClickListener(
        e ->
            copy.getUI()
                .ifPresent(
                    ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", text)));
    Div block = new Div(new Span(getTranslation("labs.kubectl")), copy, code);
    block.addClassName("lab-step-kubectl");
    return block;
  }

  void show(boolean done) {
    getElement().getClassList().set("done", done);
    getElement().setAttribute("data-done", String.valueOf(done));
    state.setText(getTranslation(done ? "labs.step.done" : "labs.step.todo"));
    icon.getElement().setAttribute("icon", done ? "vaadin:check-circle" : "vaadin:circle-thin");
  }
}
