package io.virtdeck.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.lab.Lab;
import io.virtdeck.lab.LabChecks;
import io.virtdeck.lab.LabLibrary;
import io.virtdeck.lab.LabProgress;
import io.virtdeck.lab.LabReset;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Guided labs: each lab with how many of its steps are done for the signed-in user, files that
 * could not be read, and (for administrators, where the cluster offers it) the reset to the seed.
 */
@Route(value = LabsView.ROUTE, layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/labs.css")
public class LabsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "labs";

  public LabsView(LabLibrary library, LabChecks checks, LabReset reset, CurrentUser currentUser) {
    addClassName("labs-view");
    var user = currentUser.require();
    add(new H2(getTranslation("labs.title")));
    add(new Paragraph(getTranslation("labs.intro")));
    if (reset.offeredTo(user)) {
      add(new ResetClusterButton(reset, user));
    }
    LabLibrary.Loaded loaded = library.load();
    loaded.problems().forEach(p -> add(problem(p)));
    if (loaded.labs().isEmpty()) {
      add(new Paragraph(getTranslation("labs.none")));
    }
    var facts = checks.factsFor(user);
    for (Lab lab : loaded.labs()) {
      add(card(lab, LabProgress.advance(lab, facts, List.of())));
    }
  }

  private Div card(Lab lab, List<Boolean> done) {
    var locale = getLocale();
    RouterLink title = new RouterLink(lab.title().in(locale), LabView.class, lab.id());
    Span progress =
        new Span(getTranslation("labs.progress", LabProgress.count(done), lab.steps().size()));
    progress.addClassName("lab-progress");
    Div card = new Div(new H3(title), new Paragraph(lab.summary().in(locale)), progress);
    card.addClassName("lab-card");
    card.setId("lab-card-" + lab.id());
    return card;
  }

  private Div problem(String text) {
    Div problem = new Div(getTranslation("labs.problem", text));
    problem.addClassName("lab-problem");
    return problem;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("labs.title") + " · VirtDeck";
  }
}
