package io.virtdeck.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dialog shows the problems of its input one way, through {@link FieldErrors}: on the field
 * they are about, as the field's own error message. None marks a field invalid or writes its
 * problems as styled sentences itself (which looked like a field's error but was not one).
 */
class DialogsShowProblemsOnFieldsTest {

  private static final Pattern OWN_WAY =
      Pattern.compile("setErrorMessage\\(|setInvalid\\(true\\)|\"form-problems\"");

  @Test
  void onlyFieldErrorsMarksFieldsAndWritesProblems() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }

    assertThat(sources).isNotEmpty();
    assertThat(sources)
        .filteredOn(f -> OWN_WAY.matcher(read(f)).find())
        .as("classes that show input problems their own way instead of through FieldErrors")
        .containsExactly(Path.of("src/main/java/io/virtdeck/task/ui/FieldErrors.java"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
