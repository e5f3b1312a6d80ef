package io.virtdeck.demo.console;

/** X11 keysyms (as RFB key events carry them) to the characters a terminal would receive. */
final class Keysyms {

  static final int RETURN = 0xff0d;
  static final int BACKSPACE = 0xff08;

  private Keysyms() {}

  /** The characters that {@code keysym} types, empty for keys that type nothing. */
  static String text(int keysym, boolean control) {
    if (keysym >= 0x20 && keysym <= 0x7e) {
      char c = (char) keysym;
      if (control && Character.isLetter(c)) {
        return String.valueOf((char) (Character.toLowerCase(c) - 'a' + 1));
      }
      return String.valueOf(c);
    }
    return switch (keysym) {
      case RETURN, 0xff8d -> "\r";
      case BACKSPACE -> "\u007f";
      default -> "";
    };
  }
}
