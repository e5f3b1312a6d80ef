package io.virtdeck.alarm.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.alarm.AlarmTarget;
import io.virtdeck.alarm.Alarms;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** "All issues": every alarm the user sees, red first, newest first. */
@Route(value = IssuesView.ROUTE, layout = MainLayout.class)
@PermitAll
public class IssuesView extends VerticalLayout implements HasDynamicTitle {

  static final String ROUTE = "issues";

  public IssuesView(Alarms alarms, CurrentUser currentUser) {
    setId("issues-view");
    add(
        new H2(getTranslation("alarm.issues.title")),
        new AlarmsPanel(alarms, currentUser.require(), AlarmTarget.DATACENTER));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("alarm.issues.title") + " · VirtDeck";
  }
}
