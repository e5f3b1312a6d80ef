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
  void changesKeepOnlyTheChangedLinesAndTheirContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh";
    String after = "a\nb\nc\nd\ne\nf\ng\nH";

    assertThat(TextDiff.changes(before, after)).isEqualTo("  f\n  g\n- h\n+ H\n");
  }

  @Test
  void nothingChangedMeansNoChanges() {
    assertThat(TextDiff.changes("same\ntext", "same\ntext")).isEmpty();
  }
}
