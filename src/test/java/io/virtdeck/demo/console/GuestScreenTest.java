package io.virtdeck.demo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GuestScreenTest {

  private static final int CONTROL = 0xffe3;
  private static final int ALT = 0xffe9;
  private static final int DELETE = 0xffff;

  @Test
  void aLinuxGuestShowsBootLinesThenItsLoginPromptAndTypedKeys() {
    var guest = new GuestScreen(Guests.linux(), Guests.CLOCK);
    assertThat(text(guest)).contains("Reached target Multi-User System.").contains("web-01 login:");
    "root".chars().forEach(c -> press(guest, c));
    assertThat(text(guest)).contains("web-01 login: root");
    press(guest, Keysyms.RETURN);
    assertThat(text(guest)).contains("Password:");
  }

  @Test
  void aWindowsGuestWaitsForCtrlAltDelBeforeItsSignInPrompt() {
    var guest = new GuestScreen(Guests.windows(), Guests.CLOCK);
    assertThat(text(guest)).contains("Press Ctrl+Alt+Del to sign in.");
    press(guest, 'a');
    assertThat(text(guest)).doesNotContain("a\n").contains("Press Ctrl+Alt+Del");

    guest.key(CONTROL, true);
    guest.key(ALT, true);
    guest.key(DELETE, true);
    guest.key(DELETE, false);
    guest.key(ALT, false);
    guest.key(CONTROL, false);

    assertThat(text(guest)).doesNotContain("Press Ctrl+Alt+Del").contains("win-01 login:");
  }

  @Test
  void theScreenIsDrawnInPixels() {
    var guest = new GuestScreen(Guests.linux(), Guests.CLOCK);
    int[] pixels = guest.screen().pixels();
    assertThat(pixels).hasSize(640 * 400);
    assertThat(IntStream.of(pixels).filter(p -> p == GuestScreen.LIGHT).count())
        .as("lit text pixels")
        .isGreaterThan(1000);
  }

  private static void press(GuestScreen guest, int keysym) {
    guest.key(keysym, true);
    guest.key(keysym, false);
  }

  private static String text(GuestScreen guest) {
    var text = new StringBuilder();
    for (int row = 0; row < TextScreen.ROWS; row++) {
      text.append(guest.screen().line(row)).append('\n');
    }
    return text.toString();
  }
}
