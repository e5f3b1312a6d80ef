package io.virtdeck.lab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.ui.HeaderItem;

/** The header's link to the Labs page. */
@org.springframework.stereotype.Component
class LabsHeaderItem implements HeaderItem {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Component create() {
    Anchor labs = new Anchor(LabsView.ROUTE, VaadinIcon.ACADEMY_CAP.create());
    labs.setId("labs-link");
    labs.addClassName("labs-link");
    String title = labs.getTranslation("labs.header");
    labs.getElement().setAttribute("title", title);
    labs.getElement().setAttribute("aria-label", title);
    return labs;
  }
}
