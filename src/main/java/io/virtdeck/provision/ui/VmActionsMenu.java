package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmHeaderAction;
import io.virtdeck.vm.ui.VmMenuAction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The VM header's ACTIONS menu, as in vCenter: the VM's right-click entries other features add
 * (Clone…, Convert to Template, Delete from Disk…), those the user may use; Edit Settings has its
 * own button. Absent when none is offered.
 */
@org.springframework.stereotype.Component
class VmActionsMenu implements VmHeaderAction {

  private final ObjectProvider<VmMenuAction> entries;

  VmActionsMenu(ObjectProvider<VmMenuAction> entries) {
    this.entries = entries;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Optional<Component> create(VmRow row, UserIdentity user) {
    VmMenuAction.MenuTarget target = new VmMenuAction.MenuTarget(row.namespace(), row);
    List<VmMenuAction> offered =
        entries
            .orderedStream()
            .filter(e -> !(e instanceof EditSettingsAction))
            .sorted(Comparator.comparingInt(VmMenuAction::order))
            .filter(e -> e.offered(target, user))
            .toList();
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    MenuBar bar = new MenuBar();
    bar.setId("vm-actions-menu");
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
    MenuItem actions = bar.addItem(I18NProvider.translate("prov.actions"));
    actions.addComponentAsFirst(VaadinIcon.ELLIPSIS_DOTS_H.create());
    SubMenu menu = actions.getSubMenu();
    for (VmMenuAction entry : offered) {
      MenuItem item =
          menu.addItem(I18NProvider.translate(entry.labelKey()), e -> entry.run(bar, target, user));
      item.setId("vm-menu-" + entry.id());
      entry
          .disabledBecause(target)
          .ifPresent(
              why -> {
                item.setEnabled(false);
                item.getElement().setAttribute("title", I18NProvider.translate(why));
              });
    }
    return Optional.of(bar);
  }
}
