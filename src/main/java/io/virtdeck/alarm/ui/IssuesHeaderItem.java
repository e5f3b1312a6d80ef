package io.virtdeck.alarm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.alarm.Alarms;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.HeaderItem;
import io.virtdeck.ui.LiveUpdates;

/** The header's link to "All issues", with the count of alarms not acknowledged, live. */
@org.springframework.stereotype.Component
class IssuesHeaderItem implements HeaderItem {

  private final Alarms alarms;
  private final CurrentUser currentUser;

  IssuesHeaderItem(Alarms alarms, CurrentUser currentUser) {
    this.alarms = alarms;
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public Component create() {
    Span count = new Span();
    count.setId("issues-count");
    count.addClassName("issues-count");
    Anchor link = new Anchor(IssuesView.ROUTE, VaadinIcon.WARNING.create(), count);
    link.setId("issues-link");
    link.addClassName("issues-link");
    String title = link.getTranslation("alarm.issues.title");
    link.getElement().setAttribute("title", title);
    link.getElement().setAttribute("aria-label", title);
    var user = currentUser.identity();
    if (user.isPresent()) {
      LiveUpdates.follow(
          link,
          alarms::changes,
          () -> {
            long open =
                alarms.visible(alarms.scope(user.get())).stream()
                    .filter(a -> !a.acknowledged())
                    .count();
            count.setText(open == 0 ? "" : String.valueOf(open));
          });
    }
    return link;
  }
}
