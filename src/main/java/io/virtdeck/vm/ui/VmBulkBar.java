package io.virtdeck.vm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.VmRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk actions on the VMs selected in the grid: power actions (one task per VM, after confirmation)
 * and those other features add ({@link VmGridAction}, e.g. Migrate…).
 */
class VmBulkBar extends HorizontalLayout {

  VmBulkBar(VmActions actions, VmGrid grid) {
    setId("vm-bulk-bar");
    addClassName("vm-bulk-bar");
    setAlignItems(Alignment.CENTER);
    Span selected = new Span();
    selected.setId("vm-selected-count");
    List<Button> buttons = new ArrayList<>();
    for (PowerAction action : PowerAction.BULK) {
      Button button =
          new Button(
              getTranslation(action.labelKey()),
              e -> actions.run(this, action, List.copyOf(grid.getSelectedItems())));
      button.setId("bulk-" + action.name().toLowerCase(Locale.ROOT));
      button.addThemeVariants(ButtonVariant.LUMO_SMALL);
      buttons.add(button);
      add(button);
    }
    Map<Button, VmGridAction> others = new LinkedHashMap<>();
    for (VmGridAction other : actions.others()) {
      Button button =
          new Button(
              getTranslation(other.labelKey()),
              e -> other.open(actions.user(), List.copyOf(grid.getSelectedItems())));
      button.setId("bulk-" + other.id());
      button.addThemeVariants(ButtonVariant.LUMO_SMALL);
      others.put(button, other);
      add(button);
    }
    add(selected);
    Runnable update =
        () -> {
          int count = grid.getSelectedItems().size();
          selected.setText(count == 0 ? "" : getTranslation("vm.bulk.selected", count));
          buttons.forEach(b -> b.setEnabled(count > 0));
          // another feature's action shows for a selection it permits on some VM of
          List<VmRow> rows = List.copyOf(grid.getSelectedItems());
          others.forEach(
              (button, other) ->
                  button.setVisible(count > 0 && other.permitted(actions.user(), rows)));
          setVisible(true);
        };
    grid.addSelectionListener(e -> update.run());
    update.run();
  }
}
