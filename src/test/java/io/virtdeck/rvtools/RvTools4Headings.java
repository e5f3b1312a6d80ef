package io.virtdeck.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RVTools 4.x's column headings of each sheet, in its order (src/test/resources/rvtools). */
public final class RvTools4Headings {

  private RvTools4Headings() {}

  public static Map<String, List<String>> all() {
    try (InputStream in =
        RvTools4Headings.class.getResourceAsStream("/rvtools/rvtools4-headings.txt")) {
      Map<String, List<String>> sheets = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        sheets.put(
            line.substring(0, colon),
            Arrays.stream(line.substring(colon + 1).split("\\|")).map(String::strip).toList());
      }
      return sheets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> of(String sheet) {
    return all().get(sheet);
  }

  /** Whether {@code headings} appear in {@code sheet}'s RVTools headings, in the same order. */
  public static boolean inRvToolsOrder(String sheet, List<String> headings) {
    List<String> reference = of(sheet);
    int at = 0;
    for (String heading : headings) {
      int found = reference.subList(at, reference.size()).indexOf(heading);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }
}
