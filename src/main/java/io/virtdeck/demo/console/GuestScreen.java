package io.virtdeck.demo.console;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * The screen of one running demo VM: Linux guests show boot lines and a text login whose shell is
 * the serial console's; Windows guests show "Press Ctrl+Alt+Del to sign in", and after Ctrl+Alt+Del
 * a sign-in prompt. Keys arrive as X11 keysyms, as RFB sends them.
 */
final class GuestScreen {

  static final int BLUE = 0x0b3d91;
  static final int LIGHT = 0xc0c0c0;
  private static final int CONTROL_L = 0xffe3;
  private static final int CONTROL_R = 0xffe4;
  private static final int ALT_L = 0xffe9;
  private static final int ALT_R = 0xffea;
  private static final int DELETE = 0xffff;
  private static final int KP_DELETE = 0xff9f;

  private final TextScreen screen = new TextScreen();
  private final GuestFacts facts;
  private final LineShell shell;
  private final Set<Integer> held = new HashSet<>();
  private boolean signInShown;

  GuestScreen(GuestFacts facts, Clock clock) {
    this.facts = facts;
    this.shell = new LineShell(facts, clock);
    if (facts.windows()) {
      lockScreen();
    } else {
      screen.write(BootLines.of(facts));
      screen.write(shell.start());
    }
  }

  TextScreen screen() {
    return screen;
  }

  GuestFacts facts() {
    return facts;
  }

  /** A key pressed ({@code down}) or released. */
  synchronized void key(int keysym, boolean down) {
    if (!down) {
      held.remove(keysym);
      return;
    }
    held.add(keysym);
    if ((keysym == DELETE || keysym == KP_DELETE) && control() && alt()) {
      ctrlAltDel();
      return;
    }
    if (facts.windows() && !signInShown) {
      return;
    }
    String typed = Keysyms.text(keysym, control());
    if (!typed.isEmpty()) {
      String answer = shell.type(typed);
      if (answer.startsWith(LineShell.CLEAR)) {
        screen.clear();
        answer = answer.substring(LineShell.CLEAR.length());
      }
      screen.write(answer);
    }
  }

  private void ctrlAltDel() {
    if (!facts.windows()) {
      screen.write("\r\n[  OK  ] Ctrl-Alt-Del was pressed, ignoring: the demo guest stays up.\r\n");
      screen.write(shell.prompt());
      return;
    }
    signInShown = true;
    screen.clear();
    screen.centre(5, facts.name() + " - " + facts.osName());
    screen.centre(6, "Sign in: any user name, password " + LineShell.PASSWORD);
    screen.write("\r\n".repeat(9));
    shell.start();
    screen.write(shell.prompt());
  }

  private void lockScreen() {
    screen.colours(0xffffff, BLUE);
    screen.centre(9, facts.osName());
    screen.centre(11, facts.name());
    screen.centre(14, "Press Ctrl+Alt+Del to sign in.");
  }

  private boolean control() {
    return held.contains(CONTROL_L) || held.contains(CONTROL_R);
  }

  private boolean alt() {
    return held.contains(ALT_L) || held.contains(ALT_R);
  }
}
