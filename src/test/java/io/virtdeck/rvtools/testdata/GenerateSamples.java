package io.virtdeck.rvtools.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the small samples and the malformed corpus kept in src/test/resources/rvtools (run it from
 * the project folder after changing the generator): {@code estate-12.xlsx} and {@code
 * estate-60.xlsx}, and {@code malformed/}.
 */
public final class GenerateSamples {

  private GenerateSamples() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/rvtools");
    Files.createDirectories(dir);
    for (int vms : new int[] {12, 60}) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("estate-" + vms + ".xlsx"))) {
        EstateWorkbook.write(
            EstateGenerator.generate(vms, 42), EstateWorkbook.Options.AS_RVTOOLS, out);
      }
    }
    MalformedCorpus.writeTo(dir.resolve("malformed"));
  }
}
