package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The web console's toolbar: Ctrl+Alt+Del, a Keys menu, paste, fullscreen and scaling. */
final class VncToolbar {

  private VncToolbar() {}

  static Component of(VncConsole vnc) {
    Button ctrlAltDel = new Button(vnc.getTranslation("console.ctrlAltDel"), e -> vnc.ctrlAltDel());
    ctrlAltDel.setId("console-ctrl-alt-del");
    MenuBar keys = new MenuBar();
    keys.setId("console-keys");
    keys.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    SubMenu combos = keys.addItem(vnc.getTranslation("console.keys")).getSubMenu();
    for (KeyCombo combo : KeyCombo.menu()) {
      combos.addItem(combo.label(), e -> vnc.sendCombo(combo));
    }
    Span progress = new Span();
    progress.setId("console-paste-progress");
    vnc.onPasteProgress(
        p -> progress.setText(vnc.getTranslation("console.paste.progress", p[0], p[1])));
    Button paste =
        new Button(vnc.getTranslation("console.paste"), e -> PasteDialog.open(vnc, progress));
    paste.setId("console-paste");
    Button fullscreen = new Button(vnc.getTranslation("console.fullscreen"), e -> vnc.fullscreen());
    fullscreen.setId("console-fullscreen");
    MenuBar scale = new MenuBar();
    scale.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    MenuItem scaling = scale.addItem(vnc.getTranslation("console.scale"));
    scaling.getSubMenu().addItem(vnc.getTranslation("console.scale.fit"), e -> vnc.scale(true));
    scaling.getSubMenu().addItem(vnc.getTranslation("console.scale.native"), e -> vnc.scale(false));
    HorizontalLayout bar =
        new HorizontalLayout(ctrlAltDel, keys, paste, progress, fullscreen, scale);
    bar.getChildren()
        .filter(Button.class::isInstance)
        .forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
    return bar;
  }
}
