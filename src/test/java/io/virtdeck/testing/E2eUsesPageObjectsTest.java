package io.virtdeck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Browser tests find elements only through the page objects of io.virtdeck.testing.pages. */
class E2eUsesPageObjectsTest {

  @Test
  void noBrowserTestLocatesElementsItself() throws IOException {
    List<Path> tests;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      tests = files.filter(f -> f.getFileName().toString().endsWith("E2E.java")).toList();
    }

    assertThat(tests).isNotEmpty();
    assertThat(tests).noneMatch(f -> read(f).contains(".locator("));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
