package io.virtdeck.rvtools.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's RVTools section names every exported column with its KubeVirt source. */
class ExportColumnsReadmeTest {

  @Test
  void theReadmeTableHasEveryColumnAndItsSource() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## RVTools in and out");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    Map<String, String> seen = new HashMap<>();
    for (SheetSpec<?> sheet :
        List.<SheetSpec<?>>of(
            VmSheets.V_INFO,
            VmSheets.V_CPU,
            VmSheets.V_MEMORY,
            DeviceSheets.V_DISK,
            DeviceSheets.V_NETWORK,
            DeviceSheets.V_SNAPSHOT,
            InfraSheets.V_HOST,
            InfraSheets.V_DATASTORE)) {
      for (Column<?> column : sheet.columns()) {
        // a column several sheets share with the same source is listed once, under vInfo
        if (!column.source().equals(seen.putIfAbsent(column.heading(), column.source()))) {
          assertThat(section)
              .as("%s %s", sheet.name(), column.heading())
              .contains("| " + column.heading() + " | " + column.source() + " |");
        }
      }
    }
  }
}
