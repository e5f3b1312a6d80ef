package io.virtdeck.rvtools.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as RVTools files in any locale hold them. */
class NumbersTest {

  @Test
  void readsNumbersWrittenInCommonLocales() {
    assertThat(Numbers.whole("16384", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("16384.0", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("16,384", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("16.384", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("16 384", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("16\u00a0384", -1)).isEqualTo(16384);
    assertThat(Numbers.whole("1.048.576", -1)).isEqualTo(1048576);
    assertThat(Numbers.parse("1.234,5", -1)).isEqualTo(1234.5);
    assertThat(Numbers.parse("1,234.5", -1)).isEqualTo(1234.5);
    assertThat(Numbers.parse("0,5", -1)).isEqualTo(0.5);
    assertThat(Numbers.parse("12.5", -1)).isEqualTo(12.5);
  }

  @Test
  void emptyOrNotANumberGivesTheFallback() {
    assertThat(Numbers.whole("", -1)).isEqualTo(-1);
    assertThat(Numbers.whole("n/a", -1)).isEqualTo(-1);
  }

  @Test
  void truthAsRvToolsAndLocalizedExportsWriteIt() {
    assertThat(Numbers.truth("True")).isTrue();
    assertThat(Numbers.truth("WAHR")).isTrue();
    assertThat(Numbers.truth("False")).isFalse();
    assertThat(Numbers.truth("")).isFalse();
  }
}
