package io.virtdeck.vm.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The right-click Actions menu on VM rows in the grid and on nodes of the tree: the entries other
 * features add ({@link VmMenuAction}), the power actions, then actions that also work on a
 * selection ({@link VmGridAction}).
 */
final class VmContextMenu {

  private VmContextMenu() {}

  static <T> void attach(
      Grid<T> grid, VmActions actions, Function<T, Optional<VmMenuAction.MenuTarget>> targetOf) {
    GridContextMenu<T> menu = grid.addContextMenu();
    menu.setDynamicContentHandler(
        item -> {
          menu.removeAll();
          Optional<VmMenuAction.MenuTarget> target =
              item == null ? Optional.empty() : targetOf.apply(item);
          if (target.isEmpty()) {
            return false;
          }
          boolean any = addExtensions(grid, menu, actions, target.get());
          Optional<VmRow> row = Optional.ofNullable(target.get().vm());
          if (row.isEmpty()) {
            return any;
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
          addGridActions(grid, menu, actions, row.get());
          return true;
        });
  }

  private static <T> void addGridActions(
      Grid<T> grid, GridContextMenu<T> menu, VmActions actions, VmRow row) {
    for (VmGridAction other : actions.others()) {
      if (!other.permitted(actions.user(), List.of(row))) {
        continue;
      }
      GridMenuItem<T> entry =
          menu.addItem(
              grid.getTranslation(other.labelKey()),
              click -> other.open(actions.user(), List.of(row)));
      entry.getElement().setAttribute("data-action", other.id());
      other
          .unavailableBecause(actions.user(), row)
          .ifPresent(
              reason -> {
                entry.setEnabled(false);
                entry.getElement().setAttribute("title", reason);
              });
    }
  }

  /** Other features' entries first (vSphere lists New, Edit and Clone before power); any? */
  private static <T> boolean addExtensions(
      Grid<T> grid, GridContextMenu<T> menu, VmActions actions, VmMenuAction.MenuTarget target) {
    boolean any = false;
    for (VmMenuAction extension : actions.menuActions()) {
      if (!extension.offered(target, actions.user())) {
        continue;
      }
      GridMenuItem<T> entry =
          menu.addItem(
              grid.getTranslation(extension.labelKey()),
              click -> extension.run(grid, target, actions.user()));
      entry.getElement().setAttribute("data-action", extension.id());
      extension
          .disabledBecause(target)
          .ifPresent(
              reason -> {
                entry.setEnabled(false);
                entry.getElement().setAttribute("title", grid.getTranslation(reason));
              });
      any = true;
    }
    if (any && target.vm() != null) {
      menu.addSeparator();
    }
    return any;
  }
}
