package io.virtdeck.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.lab.Lab;
import io.virtdeck.lab.LabChecks;
import io.virtdeck.lab.LabFacts;
import io.virtdeck.lab.LabLibrary;
import io.virtdeck.lab.LabProgress;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One lab: its steps in order, each ticked live when its condition holds in the cluster after the
 * steps before it (whether done by clicking or with kubectl), with a hint and the kubectl way.
 */
@Route(value = "lab", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/labs.css")
public class LabView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  private final LabLibrary library;
  private final LabChecks checks;
  private final UserIdentity user;
  private final List<LabStepItem> items = new ArrayList<>();
  private final Span progress = new Span();
  private @Nullable Lab lab;
  private @Nullable LabFacts facts;
  private List<Boolean> done = List.of();

  public LabView(LabLibrary library, LabChecks checks, CurrentUser currentUser) {
    this.library = library;
    this.checks = checks;
    this.user = currentUser.require();
    addClassName("lab-view");
    progress.setId("lab-progress");
    progress.addClassName("lab-progress");
    LiveUpdates.bind(this, checks::changes, batch -> refresh());
  }

  @Override
  public void setParameter(BeforeEvent event, String id) {
    removeAll();
    items.clear();
    RouterLink back = new RouterLink(getTranslation("labs.back"), LabsView.class);
    back.setId("lab-back");
    add(back);
    lab = library.lab(id).orElse(null);
    if (lab == null) {
      add(new Paragraph(getTranslation("labs.not-found", id)));
      return;
    }
    var locale = getLocale();
    H2 title = new H2(lab.title().in(locale));
    title.setId("lab-title");
    add(title, new Paragraph(lab.summary().in(locale)), progress);
    OrderedList steps = new OrderedList();
    steps.addClassName("lab-steps");
    for (int i = 0; i < lab.steps().size(); i++) {
      LabStepItem item = new LabStepItem(i, lab.steps().get(i), locale);
      items.add(item);
      steps.add(item);
    }
    add(steps);
    facts = checks.factsFor(user);
    done = List.of();
    refresh();
  }

  private void refresh() {
    if (lab == null || facts == null) {
      return;
    }
    done = LabProgress.advance(lab, facts, done);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).show(done.get(i));
    }
    long count = LabProgress.count(done);
    progress.setText(
        count == items.size()
            ? getTranslation("labs.complete")
            : getTranslation("labs.progress", count, items.size()));
  }

  @Override
  public String getPageTitle() {
    return (lab == null ? getTranslation("labs.title") : lab.title().in(getLocale()))
        + " · VirtDeck";
  }
}
