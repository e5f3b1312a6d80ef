package io.virtdeck.demo.console;

import java.util.Arrays;

/**
 * A text-mode screen of 80 columns and 25 rows that scrolls like a terminal, drawn into 640x400 RGB
 * pixels. Understands carriage return, line feed and backspace; nothing else of a terminal.
 */
final class TextScreen {

  static final int COLUMNS = 80;
  static final int ROWS = 25;
  static final int WIDTH = COLUMNS * ConsoleFont.WIDTH;
  static final int HEIGHT = ROWS * ConsoleFont.HEIGHT;

  private final char[][] cells = new char[ROWS][COLUMNS];
  private int foreground = 0xc0c0c0;
  private int background = 0x000000;
  private int row;
  private int column;
  private long version;

  TextScreen() {
    clear();
  }

  /** Counts changes, so that a viewer knows when to draw again. */
  synchronized long version() {
    return version;
  }

  synchronized void colours(int foreground, int background) {
    this.foreground = foreground;
    this.background = background;
    version++;
  }

  synchronized void clear() {
    for (char[] line : cells) {
      Arrays.fill(line, ' ');
    }
    row = 0;
    column = 0;
    version++;
  }

  /** Writes {@code text} at the cursor. */
  synchronized void write(String text) {
    for (int i = 0; i < text.length(); i++) {
      put(text.charAt(i));
    }
    version++;
  }

  /** Writes {@code text} centred on row {@code at}, leaving the cursor where it was. */
  synchronized void centre(int at, String text) {
    int start = Math.max(0, (COLUMNS - text.length()) / 2);
    for (int i = 0; i < text.length() && start + i < COLUMNS; i++) {
      cells[at][start + i] = text.charAt(i);
    }
    version++;
  }

  /** The text of row {@code at}, trailing blanks removed. */
  synchronized String line(int at) {
    return new String(cells[at]).stripTrailing();
  }

  /** The screen as 0xRRGGBB pixels, row by row. */
  synchronized int[] pixels() {
    int[] pixels = new int[WIDTH * HEIGHT];
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        char ch = cells[r][c];
        for (int y = 0; y < ConsoleFont.HEIGHT; y++) {
          int base = (r * ConsoleFont.HEIGHT + y) * WIDTH + c * ConsoleFont.WIDTH;
          for (int x = 0; x < ConsoleFont.WIDTH; x++) {
            pixels[base + x] = ch != ' ' && ConsoleFont.lit(ch, x, y) ? foreground : background;
          }
        }
      }
    }
    return pixels;
  }

  private void put(char ch) {
    switch (ch) {
      case '\r' -> column = 0;
      case '\n' -> newLine();
      case '\b' -> {
        if (column > 0) {
          column--;
          cells[row][column] = ' ';
        }
      }
      default -> {
        if (ch < ' ') {
          return;
        }
        if (column >= COLUMNS) {
          column = 0;
          newLine();
        }
        cells[row][column++] = ch;
      }
    }
  }

  private void newLine() {
    if (row < ROWS - 1) {
      row++;
      return;
    }
    for (int r = 1; r < ROWS; r++) {
      cells[r - 1] = cells[r];
    }
    cells[ROWS - 1] = new char[COLUMNS];
    Arrays.fill(cells[ROWS - 1], ' ');
  }
}
