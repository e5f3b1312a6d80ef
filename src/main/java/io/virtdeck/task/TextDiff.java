package io.virtdeck.task;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (java-diff-utils' Myers diff), for "YAML before and after": every line,
 * or only the changed lines with a little context, each longer unchanged run shown as one line.
 */
public final class TextDiff {

  /** How many unchanged lines stay around a change. */
  static final int CONTEXT = 2;

  /** One line of the diff: kept, added, removed, or a run of unchanged lines left out. */
  public record Line(Change change, String text) {

    /** The number of lines an {@link Change#ELIDED} line stands for. */
    public int elidedLines() {
      return change == Change.ELIDED ? Integer.parseInt(text) : 0;
    }

    @Override
    public String toString() {
      return switch (change) {
        case KEPT -> "  " + text;
        case ADDED -> "+ " + text;
        case REMOVED -> "- " + text;
        case ELIDED -> "⋯ " + text;
      };
    }
  }

  /** What happened to a line; {@code ELIDED} stands for unchanged lines left out. */
  public enum Change {
    KEPT,
    ADDED,
    REMOVED,
    ELIDED
  }

  private TextDiff() {}

  /** Every line of both texts: kept ones once, a changed one as removed, then added. */
  public static List<Line> of(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Line> lines = new ArrayList<>();
    int next = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int at = delta.getSource().getPosition();
      while (next < at) {
        lines.add(new Line(Change.KEPT, a.get(next++)));
      }
      delta.getSource().getLines().forEach(l -> lines.add(new Line(Change.REMOVED, l)));
      delta.getTarget().getLines().forEach(l -> lines.add(new Line(Change.ADDED, l)));
      next = at + delta.getSource().size();
    }
    while (next < a.size()) {
      lines.add(new Line(Change.KEPT, a.get(next++)));
    }
    return lines;
  }

  /**
   * The changed lines with {@link #CONTEXT} unchanged lines around each; every other run of
   * unchanged lines becomes one {@link Change#ELIDED} line. No lines when nothing changed.
   */
  public static List<Line> changedLines(String before, String after) {
    List<Line> all = of(before, after);
    if (all.stream().allMatch(l -> l.change() == Change.KEPT)) {
      return List.of();
    }
    List<Line> shown = new ArrayList<>();
    int elided = 0;
    for (int k = 0; k < all.size(); k++) {
      if (near(all, k)) {
        if (elided > 0) {
          shown.add(new Line(Change.ELIDED, Integer.toString(elided)));
          elided = 0;
        }
        shown.add(all.get(k));
      } else {
        elided++;
      }
    }
    if (elided > 0) {
      shown.add(new Line(Change.ELIDED, Integer.toString(elided)));
    }
    return shown;
  }

  /** {@link #changedLines} as text, one line each. */
  public static String changes(String before, String after) {
    StringBuilder text = new StringBuilder();
    changedLines(before, after).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }

  private static boolean near(List<Line> lines, int index) {
    for (int k = Math.max(0, index - CONTEXT);
        k <= Math.min(lines.size() - 1, index + CONTEXT);
        k++) {
      if (lines.get(k).change() != Change.KEPT) {
        return true;
      }
    }
    return false;
  }
}
