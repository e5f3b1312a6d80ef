package io.virtdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disk sizes as typed: each refused with the sentence that says why, or accepted. */
class DiskSizesTest {

  static final long TI = 1L << 40;
  static final long UNKNOWN = -1;

  @ParameterizedTest(name = "new disk \"{0}\" with {1} bytes free, confirmed {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10Gi      | -1            | false | ''",
        "' 10Gi '  | -1            | false | ''",
        "1Mi       | -1            | false | ''",
        "1.5Gi     | -1            | false | ''",
        "500M      | -1            | false | ''",
        "10Ti      | -1            | false | ''",
        "''        | -1            | false | storage.invalid.size-empty",
        "'   '     | -1            | false | storage.invalid.size-empty",
        "10        | -1            | false | storage.invalid.size-unit",
        "0.5       | -1            | false | storage.invalid.size-unit",
        "1048576   | -1            | false | storage.invalid.size-unit",
        "ten       | -1            | false | storage.invalid.size",
        "10 GB     | -1            | false | storage.invalid.size",
        "-1Gi      | -1            | false | storage.invalid.size",
        "10gi      | -1            | false | storage.invalid.size",
        "1e3Gi     | -1            | false | storage.invalid.size",
        "0Gi       | -1            | false | storage.invalid.size-small",
        "1023Ki    | -1            | false | storage.invalid.size-small",
        "1k        | -1            | false | storage.invalid.size-small",
        "8Ei       | -1            | false | storage.invalid.size-huge",
        "9999999Ei | -1            | false | storage.invalid.size-huge",
        "1Ei       | -1            | false | storage.invalid.size-confirm",
        "11Ti      | -1            | false | storage.invalid.size-confirm",
        "11Ti      | -1            | true  | ''",
        "1Ei       | -1            | true  | ''",
        "100Gi     | 107374182400  | false | ''",
        "101Gi     | 107374182400  | false | storage.invalid.size-free",
        "1Ei       | 107374182400  | true  | storage.invalid.size-free",
      })
  void newDisk(String typed, long free, boolean confirmed, String problem) {
    assertThat(DiskSizes.checkNew(typed, free, confirmed))
        .extracting(Message::key)
        .containsExactlyElementsOf(
            problem.isEmpty() ? java.util.List.of() : java.util.List.of(problem));
  }

  @ParameterizedTest(name = "expand {1} to \"{0}\" with {2} bytes free, confirmed {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "20Gi    | 10Gi | -1          | false | ''",
        "9Gi     | 10Gi | -1          | false | storage.invalid.shrink",
        "10240Mi | 10Gi | -1          | false | storage.invalid.same",
        "20      | 10Gi | -1          | false | storage.invalid.size-unit",
        "''      | 10Gi | -1          | false | storage.invalid.size-empty",
        "1Ei     | 10Gi | -1          | false | storage.invalid.size-confirm",
        "8Ei     | 10Gi | -1          | true  | storage.invalid.size-huge",
        "20Gi    | 10Gi | 10737418240 | false | ''",
        "21Gi    | 10Gi | 10737418240 | false | storage.invalid.size-free",
      })
  void expand(String typed, String current, long free, boolean confirmed, String problem) {
    assertThat(DiskSizes.checkExpand(typed, current, free, confirmed))
        .extracting(Message::key)
        .containsExactlyElementsOf(
            problem.isEmpty() ? java.util.List.of() : java.util.List.of(problem));
  }

  @org.junit.jupiter.api.Test
  void theSentencesNameWhatWasTypedAndTheFreeSpace() {
    assertThat(DiskSizes.checkNew(" 10 ", UNKNOWN, false))
        .containsExactly(Message.of("storage.invalid.size-unit", "10"));
    assertThat(DiskSizes.checkNew("2Ti", TI + TI / 2, false))
        .containsExactly(Message.of("storage.invalid.size-free", "2Ti", "1.5Ti"));
    assertThat(DiskSizes.large("11Ti")).isTrue();
    assertThat(DiskSizes.large("10Ti")).isFalse();
    assertThat(DiskSizes.large("8Ei")).isFalse();
    assertThat(io.virtdeck.cluster.KubeValues.sizeBytes("8Ei")).isEmpty();
    assertThat(DiskSizes.format(512L << 30)).isEqualTo("512Gi");
  }
}
