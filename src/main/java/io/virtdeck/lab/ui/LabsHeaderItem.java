package io.virtdeck.lab.ui;

import com.vaadin.flow.component.Component;
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
    return new LabsLink();
  }
}
