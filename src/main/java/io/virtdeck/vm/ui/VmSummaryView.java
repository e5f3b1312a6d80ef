package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.vm.VmEvents;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.VmSummary;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A VM: header with its actions, the Summary and Monitor (Events) tabs and the tabs other features
 * contribute ({@link VmTab}), all live.
 */
@Route(value = "vm/:namespace/:name", layout = MainLayout.class)
@PermitAll
public class VmSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final VmInventory inventory;
  private final FollowedScopes scopes;
  private final VmActions actions;
  private final Div header = new Div();
  private final Div summaryTab = new Div();
  private final VmEventsPanel eventsTab;
  private final VmConfigureTab configureTab;
  private final TabSheet tabs = new TabSheet();
  private final List<VmTab> extensions;
  private final List<VmHeaderAction> headerActions;
  private final List<VmSummaryCard> summaryCards;
  private List<Component> leadingCards = List.of();
  private List<Component> trailingCards = List.of();
  private final List<Component> extensionContents = new ArrayList<>();
  private final UserIdentity user;
  private ResourceKey key = new ResourceKey("", "");

  public VmSummaryView(
      VmInventory inventory,
      AccessReviews reviews,
      VmOperations operations,
      VmEvents events,
      CurrentUser currentUser,
      List<VmTab> extensions,
      List<VmConfigureSection> configureSections,
      List<VmHeaderAction> headerActions,
      List<VmSummaryCard> summaryCards) {
    this.summaryCards =
        summaryCards.stream().sorted(Comparator.comparingInt(VmSummaryCard::order)).toList();
    this.headerActions =
        headerActions.stream().sorted(Comparator.comparingInt(VmHeaderAction::order)).toList();
    this.inventory = inventory;
    this.user = currentUser.require();
    this.extensions = extensions.stream().sorted(Comparator.comparingInt(VmTab::order)).toList();
    this.scopes = new FollowedScopes(reviews, user);
    this.actions = new VmActions(operations, user);
    this.eventsTab = new VmEventsPanel(events, scopes::get);
    addClassName("vm-summary-view");
    setId("vm-summary");
    tabs.setWidthFull();
    tabs.add(getTranslation("vm.tab.summary"), summaryTab);
    tabs.add(getTranslation("vm.tab.monitor"), eventsTab).setId("tab-monitor");
    configureTab = new VmConfigureTab(configureSections);
    tabs.add(getTranslation("vm.tab.configure"), configureTab).setId("tab-configure");
    add(header, tabs);
    LiveUpdates.follow(
        this,
        () -> inventory.changes(NamespaceScope.ALL).filter(changed -> changed.equals(key)),
        this::render);
    scopes.follow(
        this,
        () -> {
          render();
          eventsTab.show(key);
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getRouteParameters();
    key = new ResourceKey(params.get("namespace").orElse(""), params.get("name").orElse(""));
    eventsTab.show(key);
    configureTab.show(key);
    leadingCards = cards(true);
    trailingCards = cards(false);
    extensionContents.forEach(tabs::remove);
    extensionContents.clear();
    for (VmTab extension : extensions) {
      Component content = extension.create(key, user);
      tabs.add(getTranslation(extension.titleKey()), content).setId(extension.id());
      extensionContents.add(content);
    }
    render();
  }

  private List<Component> cards(boolean leading) {
    return summaryCards.stream()
        .filter(card -> (card.order() < 0) == leading)
        .flatMap(card -> card.create(key, user).stream())
        .toList();
  }

  private void render() {
    header.removeAll();
    summaryTab.removeAll();
    inventory.summary(key, scopes.get()).ifPresentOrElse(this::show, this::showGone);
  }

  private void showGone() {
    tabs.setVisible(false);
    header.add(new H2(key.name()), new Span(getTranslation("vm.gone", key.toString())));
  }

  private void show(VmSummary summary) {
    tabs.setVisible(true);
    var row = summary.row();
    Span state = new Span(getTranslation(PowerStateIcon.key(row.powerState())));
    state.setId("vm-power-state");
    HorizontalLayout title =
        new HorizontalLayout(PowerStateIcon.of(row.powerState()), new H2(row.name()), state);
    title.addClassName("object-header");
    VmActionBar bar = new VmActionBar(actions, row);
    headerActions.forEach(action -> action.create(row, user).ifPresent(bar::add));
    if (summary.restartRequired()) {
      Span restart = new Span(getTranslation("vm.restart-required"));
      restart.setId("vm-restart-required");
      restart.getElement().getThemeList().add("badge warning");
      restart.setTitle(getTranslation("vm.restart-required.note"));
      title.add(restart);
    }
    header.add(title, bar);
    if (!summary.problem().isEmpty()) {
      Div problem = new Div(summary.problem());
      problem.addClassName("problem");
      problem.setId("vm-problem");
      header.add(problem);
    }
    summaryTab.add(new VmSummaryCards(summary, leadingCards, trailingCards));
  }

  @Override
  public String getPageTitle() {
    return key.name() + " · VirtDeck";
  }
}
