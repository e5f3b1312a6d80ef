package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.virtdeck.cluster.CacheState;
import io.virtdeck.cluster.CacheStates;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The vCenter-like shell: header on top, the navigator's inventory trees on the left, the selected
 * object in the middle, Recent Tasks at the bottom.
 */
@PermitAll
public class MainLayout extends VerticalLayout implements RouterLayout {

  private final Main content = new Main();
  private final TabSheet trees = new TabSheet();
  private final Map<NavigatorTab, Tab> tabOf = new LinkedHashMap<>();

  public MainLayout(
      ClusterConnection connection,
      CacheStates caches,
      CurrentUser currentUser,
      AuthenticationContext authentication,
      List<NavigatorTab> tabs,
      List<ShellStrip> strips,
      List<HeaderItem> headerItems,
      Clock clock) {
    setSizeFull();
    setPadding(false);
    setSpacing(false);
    addClassName("main-layout");

    trees.setSizeFull();
    Map<Tab, LazyTree> contents = new HashMap<>();
    for (NavigatorTab tab :
        tabs.stream().sorted(Comparator.comparingInt(NavigatorTab::order)).toList()) {
      LazyTree content = new LazyTree(tab::createTree);
      Tab added = trees.add(tabTitle(tab), content);
      contents.put(added, content);
      tabOf.put(tab, added);
    }
    trees.addSelectedChangeListener(
        change -> Objects.requireNonNull(contents.get(change.getSelectedTab())).show());
    Objects.requireNonNull(contents.get(trees.getSelectedTab())).show();
    Nav navigator = new Nav(trees);
    navigator.addClassName("navigator");
    navigator.setId("navigator");

    content.addClassName("object-pane");
    SplitLayout split = new SplitLayout(navigator, content);
    // about 290 px of a 1600-pixel window, as vCenter's navigator: the VM grid fits beside it
    split.setSplitterPosition(18);
    split.setSizeFull();
    split.addClassName("workspace");

    add(
        new AppHeader(
            connection.name(), currentUser.require(), authentication::logout, headerItems));
    add(new OutageBanner(caches::contact, clock));
    unavailable(caches.states()).ifPresent(this::add);
    SyncingBanner.whileSyncing(caches.whenFirstScreenSynced(), caches.whenSynced())
        .ifPresent(this::add);
    add(split);
    strips.forEach(strip -> add(strip.create()));
    setFlexGrow(1, split);
  }

  private Component tabTitle(NavigatorTab tab) {
    Div title = new Div(tab.icon().create());
    title.getElement().setAttribute("title", getTranslation(tab.titleKey()));
    title.getElement().setAttribute("aria-label", getTranslation(tab.titleKey()));
    return title;
  }

  /** Says which kinds cannot be listed, so that empty panels are not mistaken for "none". */
  private Optional<Div> unavailable(List<CacheState> states) {
    List<String> lines =
        states.stream()
            .filter(s -> s.status() == CacheState.Status.UNAVAILABLE)
            .map(
                s ->
                    getTranslation(
                        "cluster.unavailable",
                        s.kind(),
                        getTranslation(
                            "cluster.reason." + s.reason().name().toLowerCase(Locale.ROOT))))
            .toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Div banner = new Div(String.join(" · ", lines));
    banner.setId("unavailable-kinds");
    banner.addClassName("unavailable-banner");
    return Optional.of(banner);
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.removeAll();
    content.getElement().appendChild(view.getElement());
    NavigatorTab.ownerOf(List.copyOf(tabOf.keySet()), view.getClass())
        .map(tabOf::get)
        .ifPresent(trees::setSelectedTab);
  }
}
