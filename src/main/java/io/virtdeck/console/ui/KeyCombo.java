package io.virtdeck.console.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A key combination the web console's Keys menu sends, as X11 keysyms pressed in order. */
record KeyCombo(String label, List<Integer> keysyms) {

  static final int CONTROL_L = 0xffe3;
  static final int ALT_L = 0xffe9;
  static final int F1 = 0xffbe;
  static final int TAB = 0xff09;
  static final int SUPER_L = 0xffeb;
  static final int ESCAPE = 0xff1b;
  static final int PRINT = 0xff61;

  /** Ctrl+Alt+F1 to F12, Alt+Tab, the Windows key, Esc and PrtScr. */
  static List<KeyCombo> menu() {
    List<KeyCombo> combos = new ArrayList<>();
    for (int f = 1; f <= 12; f++) {
      combos.add(new KeyCombo("Ctrl+Alt+F" + f, List.of(CONTROL_L, ALT_L, F1 + f - 1)));
    }
    combos.add(new KeyCombo("Alt+Tab", List.of(ALT_L, TAB)));
    combos.add(new KeyCombo("Windows", List.of(SUPER_L)));
    combos.add(new KeyCombo("Esc", List.of(ESCAPE)));
    combos.add(new KeyCombo("PrtScr", List.of(PRINT)));
    return combos;
  }

  /** The keysyms as a JSON array for the browser. */
  String keysymsJson() {
    return keysyms.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }
}
