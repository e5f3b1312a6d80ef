package io.virtdeck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text file of the repository holds a merge's conflict markers: a bundle or README committed
 * with them still builds, and the markers would show to users as translations or text.
 */
class NoMergeConflictMarkersTest {

  private static final Pattern MARKER = Pattern.compile("^(<{7} |>{7} |={7}$)", Pattern.MULTILINE);
  private static final List<String> ROOTS =
      List.of("src/main", "src/test/java", "src/test/resources", "helm", "docs", "README.md");

  @Test
  void noFileHoldsConflictMarkers() throws IOException {
    List<String> marked = new ArrayList<>();
    int read = 0;
    for (String root : ROOTS) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text = text(file);
          read += text.isEmpty() ? 0 : 1;
          if (MARKER.matcher(text).find()) {
            marked.add(file.toString());
          }
        }
      }
    }
    assertThat(read).isGreaterThan(100);
    assertThat(marked).isEmpty();
  }

  private static String text(Path file) throws IOException {
    if (file.toString().contains("/frontend/generated/") || Files.size(file) > 2_000_000) {
      return "";
    }
    try {
      return Files.readString(file);
    } catch (MalformedInputException binary) {
      return ""; // images and other binary files
    }
  }
}
