package io.virtdeck.vm.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.VmRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The right-click Actions menu on VM rows in the grid and on VM nodes in the tree: the power
 * actions, then the entries other features add ({@link VmMenuEntry}).
 */
final class VmContextMenu {

  private VmContextMenu() {}

  static <T> void attach(
      Grid<T> grid,
      VmActions actions,
      List<VmMenuEntry> entries,
      Function<T, Optional<VmRow>> rowOf) {
    List<VmMenuEntry> sorted =
        entries.stream().sorted(Comparator.comparingInt(VmMenuEntry::order)).toList();
    GridContextMenu<T> menu = grid.addContextMenu();
    menu.setDynamicContentHandler(
        item -> {
          menu.removeAll();
          Optional<VmRow> row = item == null ? Optional.empty() : rowOf.apply(item);
          if (row.isEmpty()) {
            return false;
          }
          for (PowerAction action : PowerAction.values()) {
            if (!actions.permitted(action, row.get().namespace())) {
              continue;
            }
            GridMenuItem<T> entry =
                menu.addItem(
                    grid.getTranslation(action.labelKey()),
                    click -> actions.run(grid, action, List.of(row.get())));
            entry.getElement().setAttribute("data-action", action.name());
            actions
                .disabledBecause(action, row.get())
                .ifPresent(
                    reason -> {
                      entry.setEnabled(false);
                      entry.getElement().setAttribute("title", grid.getTranslation(reason));
                    });
          }
          for (VmGridAction other : actions.others()) {
            if (!other.permitted(actions.user(), List.of(row.get()))) {
              continue;
            }
            GridMenuItem<T> entry =
                menu.addItem(
                    grid.getTranslation(other.labelKey()),
                    click -> other.open(actions.user(), List.of(row.get())));
            entry.getElement().setAttribute("data-action", other.id());
            other
                .unavailableBecause(actions.user(), row.get())
                .ifPresent(
                    reason -> {
                      entry.setEnabled(false);
                      entry.getElement().setAttribute("title", reason);
                    });
          }
          addEntries(grid, menu, sorted, actions, row.get());
          return true;
        });
  }

  private static <T> void addEntries(
      Grid<T> grid,
      GridContextMenu<T> menu,
      List<VmMenuEntry> entries,
      VmActions actions,
      VmRow row) {
    List<VmMenuEntry> offered =
        entries.stream().filter(entry -> entry.offered(row, actions.user())).toList();
    if (!offered.isEmpty() && !menu.getItems().isEmpty()) {
      menu.addSeparator();
    }
    for (VmMenuEntry entry : offered) {
      GridMenuItem<T> item =
          menu.addItem(grid.getTranslation(entry.labelKey()), click -> entry.run(row, grid));
      item.getElement().setAttribute("data-action", entry.labelKey());
    }
  }
}
