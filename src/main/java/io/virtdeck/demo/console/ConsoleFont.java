package io.virtdeck.demo.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The 8x16 bitmap glyphs of printable ASCII, read once from {@code font-8x16.txt}. */
final class ConsoleFont {

  static final int WIDTH = 8;
  static final int HEIGHT = 16;
  private static final int FIRST = 32;
  private static final int LAST = 126;
  private static final byte[][] GLYPHS = load();

  private ConsoleFont() {}

  /** Whether pixel ({@code x}, {@code y}) of {@code c}'s glyph is lit; unknown characters: '?'. */
  static boolean lit(char c, int x, int y) {
    int index = c >= FIRST && c <= LAST ? c - FIRST : '?' - FIRST;
    return (GLYPHS[index][y] & (0x80 >> x)) != 0;
  }

  private static byte[][] load() {
    var in = ConsoleFont.class.getResourceAsStream("font-8x16.txt");
    try (var reader =
        new BufferedReader(
            new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.US_ASCII))) {
      byte[][] glyphs = new byte[LAST - FIRST + 1][];
      int next = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        byte[] rows = new byte[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
          rows[y] = (byte) Integer.parseInt(line.substring(2 * y, 2 * y + 2), 16);
        }
        glyphs[next++] = rows;
      }
      return glyphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
