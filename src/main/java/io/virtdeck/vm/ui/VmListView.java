package io.virtdeck.vm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.ui.ScopeNotice;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The landing view: every VM of the datacenter, or of one folder ({@code ?folder=ns}), with a
 * filter ({@code ?q=}) by name, IP address, host or guest OS.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class VmListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final VmInventory inventory;
  private final VmGrid grid;
  private final H2 title = new H2();
  private final Span count = new Span();
  private final TextField filter = new TextField();
  private String folder = "";
  private final FollowedScopes scopes;
  private final Div revoked = revokedNotice();

  private static Div revokedNotice() {
    Div notice = new Div();
    notice.setId("scope-revoked");
    notice.addClassName("unavailable-banner");
    notice.getElement().setAttribute("role", "alert");
    return notice;
  }

  public VmListView(
      VmInventory inventory,
      AccessReviews reviews,
      VmOperations operations,
      CurrentUser currentUser,
      Clock clock,
      List<VmDropTarget> dropTargets,
      List<VmMenuAction> menuActions,
      List<VmListAction> listActions,
      List<VmGridAction> gridActions,
      ObjectMarks marks) {
    this.inventory = inventory;
    UserIdentity user = currentUser.require();
    this.scopes = new FollowedScopes(reviews, user);
    NamespaceScope scope = scopes.get().of(CachedKind.VIRTUAL_MACHINES);
    VmActions actions = new VmActions(operations, user, gridActions, menuActions);
    setSizeFull();
    addClassName("vm-list-view");
    grid = new VmGrid(inventory, scopes::get, clock, dropTargets, marks);
    LiveUpdates.bind(this, marks::changes, batch -> grid.refresh());
    filter.setId("vm-filter");
    filter.setPlaceholder(getTranslation("vm.filter.placeholder"));
    // wide enough for its placeholder, which says what it matches
    filter.setMinWidth("20em");
    filter.setPrefixComponent(VaadinIcon.FILTER.create());
    filter.setClearButtonVisible(true);
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> update());
    count.setId("vm-count");
    count.addClassName("count");
    HorizontalLayout bar = new HorizontalLayout(title, count, filter);
    listActions.stream()
        .sorted(java.util.Comparator.comparingInt(VmListAction::order))
        .forEach(a -> a.create(grid::shownQuery, user).ifPresent(bar::add));
    bar.addClassName("inventory-bar");
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWidthFull();
    bar.expand(count);
    grid.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "vm/" + click.getItem().namespace() + "/" + click.getItem().name())));
    VmContextMenu.attach(
        grid, actions, row -> Optional.of(new VmMenuAction.MenuTarget(row.namespace(), row)));
    add(bar);
    ScopeNotice.of(scope).ifPresent(this::add);
    revoked.setVisible(false);
    add(revoked, new VmBulkBar(actions, grid), grid);
    setFlexGrow(1, grid);
    InventoryUpdates.bind(
        this,
        inventory,
        scopes::get,
        grid::mayShow,
        this::refresh,
        rows -> rows.forEach(grid::refreshRow));
    scopes.follow(this, this::follow);
  }

  /** The user's RBAC changed while the view is open: show what it allows now, and say why. */
  private void follow(UserScopes before, UserScopes now) {
    Set<String> lost = now.lostFrom(before, CachedKind.VIRTUAL_MACHINES);
    if (!lost.isEmpty()) {
      revoked.setText(
          lost.contains("*")
              ? getTranslation("vm.scope.revoked.some")
              : getTranslation("vm.scope.revoked", String.join(", ", lost)));
      revoked.setVisible(true);
    }
    refresh();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    folder = params.getSingleParameter("folder").orElse("");
    filter.setValue(params.getSingleParameter("q").orElse(""));
    update();
  }

  private void update() {
    title.setText(folder.isEmpty() ? inventory.datacenter() : folder);
    grid.show(folder, filter.getValue());
    grid.setEmptyStateText(emptyStateText(this, filter.getValue()));
    updateCount();
  }

  /**
   * What the grid says when it shows no VM: that nothing matches the filter, or that none exist.
   */
  static String emptyStateText(com.vaadin.flow.component.Component c, String filterText) {
    String text = filterText.strip();
    return text.isEmpty()
        ? c.getTranslation("vm.grid.none")
        : c.getTranslation("vm.grid.no-match", text);
  }

  private void refresh() {
    grid.refresh();
    updateCount();
  }

  private void updateCount() {
    count.setText(
        inventory.loaded()
            ? getTranslation("vm.count", grid.count())
            : getTranslation("vm.count.loading"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("vm.list.title") + " · VirtDeck";
  }
}
