package io.virtdeck.task;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) of two texts, for "YAML before and after". */
public final class TextDiff {

  /** One line of the diff: kept, added or removed. */
  public record Line(Change change, String text) {

    @Override
    public String toString() {
      return switch (change) {
        case KEPT -> "  " + text;
        case ADDED -> "+ " + text;
        case REMOVED -> "- " + text;
      };
    }
  }

  /** What happened to a line. */
  public enum Change {
    KEPT,
    ADDED,
    REMOVED
  }

  private TextDiff() {}

  public static List<Line> of(String before, String after) {
    String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
    String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        lines.add(new Line(Change.KEPT, a[i++]));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        lines.add(new Line(Change.REMOVED, a[i++]));
      } else {
        lines.add(new Line(Change.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      lines.add(new Line(Change.REMOVED, a[i++]));
    }
    while (j < b.length) {
      lines.add(new Line(Change.ADDED, b[j++]));
    }
    return lines;
  }

  /** Only the changed lines, with a little context, as text. */
  public static String changes(String before, String after) {
    List<Line> lines = of(before, after);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      if (near(lines, k, 2)) {
        text.append(lines.get(k)).append('\n');
      }
    }
    return text.toString();
  }

  private static boolean near(List<Line> lines, int index, int context) {
    for (int k = Math.max(0, index - context);
        k <= Math.min(lines.size() - 1, index + context);
        k++) {
      if (lines.get(k).change() != Change.KEPT) {
        return true;
      }
    }
    return false;
  }
}
