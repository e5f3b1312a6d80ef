package io.virtdeck.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The header's link to the Labs page: an academic cap with the title as tooltip. */
@StyleSheet("styles/labs.css")
class LabsLink extends Anchor {

  LabsLink() {
    super(LabsView.ROUTE, VaadinIcon.ACADEMY_CAP.create());
    setId("labs-link");
    addClassName("labs-link");
    String title = getTranslation("labs.header");
    getElement().setAttribute("title", title);
    getElement().setAttribute("aria-label", title);
  }
}
