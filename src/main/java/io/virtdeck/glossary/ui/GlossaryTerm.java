package io.virtdeck.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import io.virtdeck.glossary.Glossary;

/**
 * A vSphere word followed by a small info button; clicking or focusing the button opens a popover
 * with the Kubernetes / KubeVirt term, a one-sentence explanation and a link to the glossary page.
 * Use {@link #infoIcon(Glossary.Term)} to put just the button next to an existing label.
 */
public class GlossaryTerm extends Span {

  /** CSS class of the whole component. */
  public static final String CLASS_NAME = "glossary-term";

  /** CSS class of the info button. */
  public static final String INFO_CLASS_NAME = "glossary-info";

  /** Attribute holding {@link Glossary.Term#id()} on the component and on the info button. */
  public static final String DATA_TERM = "data-term";

  private final Glossary.Term term;

  public GlossaryTerm(Glossary.Term term) {
    this.term = term;
    addClassName(CLASS_NAME);
    getElement().setAttribute(DATA_TERM, term.id());
    Span label = new Span(getTranslation(term.termKey()));
    label.addClassName("glossary-term-label");
    add(label, infoIcon(term));
  }

  /** The vSphere word with its info button. */
  public static GlossaryTerm of(Glossary.Term term) {
    return new GlossaryTerm(term);
  }

  /** The term this component explains. */
  public Glossary.Term term() {
    return term;
  }

  /**
   * Just the info button, with its popover; the popover is added to the UI when the button is
   * attached.
   */
  public static Component infoIcon(Glossary.Term term) {
    Button button = new Button(VaadinIcon.INFO_CIRCLE_O.create());
    button.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
    button.addClassName(INFO_CLASS_NAME);
    button.getElement().setAttribute(DATA_TERM, term.id());
    String word = button.getTranslation(term.termKey());
    button.setAriaLabel(button.getTranslation("glossary.info.aria", word));

    Popover popover = new Popover(content(button, term));
    popover.addClassName("glossary-popover");
    popover.getElement().setAttribute(DATA_TERM, term.id());
    popover.setAriaLabel(word);
    popover.setTarget(button);
    popover.setOpenOnClick(true);
    popover.setOpenOnFocus(true);
    popover.setOpenOnHover(false);
    popover.setPosition(PopoverPosition.BOTTOM_START);
    popover.addThemeVariants(PopoverVariant.ARROW);
    popover.setWidth("22rem");
    return button;
  }

  /** The link to this term on the glossary page. */
  static String href(Glossary.Term term) {
    return GlossaryView.ROUTE + "?" + GlossaryView.TERM_PARAMETER + "=" + term.id();
  }

  private static Div content(Component translator, Glossary.Term term) {
    Glossary.Entry entry = Glossary.entry(term, key -> translator.getTranslation(key));
    Span title = new Span(entry.vsphere());
    title.addClassName("glossary-popover-title");
    title.getStyle().set("font-weight", "600");
    Span kubernetes = KubernetesText.of(entry.kubernetes());
    Paragraph explanation = new Paragraph(entry.explanation());
    explanation.addClassName("glossary-explanation");
    Anchor link = new Anchor(href(term), translator.getTranslation("glossary.link"));
    link.addClassName("glossary-link");
    Div content = new Div(title, new Div(kubernetes), explanation, link);
    content.addClassName("glossary-popover-content");
    return content;
  }
}
