package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectPage;
import io.virtdeck.vm.VmEvents;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.VmSummary;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A VM: header with its actions, the Summary and Monitor (Events, and the views other features add
 * there: {@link VmMonitorSection}) tabs and the tabs other features contribute ({@link VmTab}), all
 * live.
 */
@Route(value = "vm/:namespace/:name", layout = MainLayout.class)
@PermitAll
public class VmSummaryView extends ObjectPage implements BeforeEnterObserver {

  private final VmInventory inventory;
  private final FollowedScopes scopes;
  private final VmActions actions;
  private final Div summaryTab = new Div();
  private final VmEventsPanel eventsTab;
  private final VmMonitorTab monitorTab;
  private final VmConfigureTab configureTab;
  private final List<VmTab> extensions;
  private final List<VmHeaderAction> headerActions;
  private final List<VmSummaryCard> summaryCards;
  private List<Component> leadingCards = List.of();
  private List<Component> trailingCards = List.of();
  private final List<Component> extensionContents = new ArrayList<>();
  private final UserIdentity user;
  private ResourceKey key = new ResourceKey("", "");

  /** The header's actions, kept while the page shows one VM in one scope (see VmActionBar). */
  private @Nullable VmActionBar bar;

  public VmSummaryView(
      VmInventory inventory,
      AccessReviews reviews,
      VmOperations operations,
      VmEvents events,
      CurrentUser currentUser,
      List<VmTab> extensions,
      List<VmConfigureSection> configureSections,
      List<VmHeaderAction> headerActions,
      List<VmSummaryCard> summaryCards,
      List<VmMonitorSection> monitorSections) {
    super("vm-summary");
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
    addTab("vm.tab.summary", "tab-summary", summaryTab);
    monitorTab = new VmMonitorTab(eventsTab, monitorSections);
    addTab("vm.tab.monitor", "tab-monitor", monitorTab);
    configureTab = new VmConfigureTab(configureSections);
    addTab("vm.tab.configure", "tab-configure", configureTab);
    follow(() -> inventory.changes(NamespaceScope.ALL).filter(changed -> changed.equals(key)));
    scopes.follow(
        this,
        () -> {
          bar = null; // the user's permissions changed: ask them again
          render();
          eventsTab.show(key);
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getRouteParameters();
    key = new ResourceKey(params.get("namespace").orElse(""), params.get("name").orElse(""));
    eventsTab.show(key);
    monitorTab.show(key, user);
    configureTab.show(key);
    leadingCards = cards(true);
    trailingCards = cards(false);
    extensionContents.forEach(this::removeTab);
    extensionContents.clear();
    for (VmTab extension : extensions) {
      Component content = extension.create(key, user);
      addTab(extension.titleKey(), extension.id(), content);
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

  @Override
  protected void render() {
    summaryTab.removeAll();
    inventory
        .summary(key, scopes.get())
        .ifPresentOrElse(
            this::show, () -> showGone(key.name(), getTranslation("vm.gone", key.toString())));
  }

  private void show(VmSummary summary) {
    var row = summary.row();
    VmActionBar actionBar = bar;
    if (actionBar == null || !actionBar.key().equals(row.key())) {
      actionBar = new VmActionBar(actions, row);
      bar = actionBar;
    }
    actionBar.show(
        row,
        headerActions.stream().map(action -> action.dependsOn(row)).toList(),
        () -> headerActions.stream().flatMap(action -> action.create(row, user).stream()).toList());
    List<Component> besideName = new ArrayList<>();
    besideName.add(state("vm-power-state", getTranslation(PowerStateIcon.key(row))));
    if (summary.restartRequired()) {
      Span restart = new Span(getTranslation("vm.restart-required"));
      restart.setId("vm-restart-required");
      restart.getElement().getThemeList().add("badge warning");
      restart.setTitle(getTranslation("vm.restart-required.note"));
      besideName.add(restart);
    }
    Div problem = new Div(summary.problem());
    problem.addClassName("problem");
    problem.setId("vm-problem");
    problem.setVisible(!summary.problem().isEmpty());
    showObject(PowerStateIcon.of(row), row.name(), besideName, actionBar, problem);
    summaryTab.add(new VmSummaryCards(summary, leadingCards, trailingCards));
  }

  @Override
  protected String objectName() {
    return key.name();
  }
}
