package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void changedLineShowsAsRemovedAndAdded() {
    String before = "spec:\n  runStrategy: Halted\n  template: {}";
    String after = "spec:\n  runStrategy: Always\n  template: {}";

    assertThat(TextDiff.of(before, after))
        .extracting(TextDiff.Line::toString)
        .containsExactly(
            "  spec:", "-   runStrategy: Halted", "+   runStrategy: Always", "    template: {}");
  }

  @Test
  void addedAndRemovedLinesKeepTheirPlace() {
    assertThat(TextDiff.of("a\nb\nc", "a\nx\nc\nd"))
        .extracting(TextDiff.Line::toString)
        .containsExactly("  a", "- b", "+ x", "  c", "+ d");
    assertThat(TextDiff.of("", "a")).extracting(TextDiff.Line::toString).containsExactly("+ a");
  }

  @Test
  void changesKeepTheChangedLinesAndTheirContextAndCountWhatIsLeftOut() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm";
    String after = "a\nb\nc\nd\ne\nf\ng\nH\ni\nj\nk\nl\nm";

    assertThat(TextDiff.changes(before, after))
        .isEqualTo("⋯ 5\n  f\n  g\n- h\n+ H\n  i\n  j\n⋯ 3\n");
    assertThat(TextDiff.changedLines(before, after).getFirst().elidedLines()).isEqualTo(5);
  }

  @Test
  void nothingChangedMeansNoChanges() {
    assertThat(TextDiff.changes("same\ntext", "same\ntext")).isEmpty();
    assertThat(TextDiff.changedLines("same\ntext", "same\ntext")).isEmpty();
  }
}
