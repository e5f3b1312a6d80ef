package io.virtdeck.rvtools.read;

import java.util.Locale;

/**
 * Numbers as RVTools files hold them: numeric cells, or text written in some locale ("16384",
 * "16,384", "16.384", "16 384", "1.234,5", "1,234.5"). A group of exactly three digits after the
 * only separator is a thousands group; with two separators the last one is the decimal mark.
 */
final class Numbers {

  private Numbers() {}

  /** The value, or {@code fallback} when the text is empty or not a number. */
  static double parse(String text, double fallback) {
    String s =
        text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
    if (s.isEmpty()) {
      return fallback;
    }
    int dot = s.lastIndexOf('.');
    int comma = s.lastIndexOf(',');
    String normal;
    if (dot >= 0 && comma >= 0) {
      boolean commaDecimal = comma > dot;
      normal = commaDecimal ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (dot >= 0 || comma >= 0) {
      char mark = dot >= 0 ? '.' : ',';
      int at = Math.max(dot, comma);
      boolean grouping = s.indexOf(mark) != at || s.length() - at - 1 == 3;
      normal = grouping ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
    } else {
      normal = s;
    }
    try {
      return Double.parseDouble(normal);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static long whole(String text, long fallback) {
    double value = parse(text, Double.NaN);
    return Double.isNaN(value) ? fallback : Math.round(value);
  }

  static boolean truth(String text) {
    return text.strip().toLowerCase(Locale.ROOT).matches("true|yes|1|wahr|vrai");
  }
}
