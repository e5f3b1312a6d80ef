package io.virtdeck.vm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.vm.power.PowerAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bulk power actions on the VMs selected in the grid: one task per VM, after confirmation. */
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
    add(selected);
    Runnable update =
        () -> {
          int count = grid.getSelectedItems().size();
          selected.setText(count == 0 ? "" : getTranslation("vm.bulk.selected", count));
          buttons.forEach(b -> b.setEnabled(count > 0));
          setVisible(true);
        };
    grid.addSelectionListener(e -> update.run());
    update.run();
  }
}
