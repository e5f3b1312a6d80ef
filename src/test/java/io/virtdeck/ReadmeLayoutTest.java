package io.virtdeck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "Project layout" names every package of src/main/java, so it stays the map. */
class ReadmeLayoutTest {

  private static final Path SOURCES = Path.of("src/main/java/io/virtdeck");

  @Test
  void projectLayoutNamesEveryPackage() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Project layout");
    int end = readme.indexOf("\n## ", start + 1);
    String layout = readme.substring(start, end < 0 ? readme.length() : end);

    assertThat(packages()).isNotEmpty().allSatisfy(p -> assertThat(layout).contains("`" + p + "`"));
  }

  private static List<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> !d.equals(SOURCES))
          .map(d -> SOURCES.relativize(d).toString().replace('/', '.'))
          .toList();
    }
  }
}
