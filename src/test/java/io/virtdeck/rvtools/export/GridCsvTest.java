package io.virtdeck.rvtools.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid as CSV: the grid's columns in its order, translated headings, safe cells. */
class GridCsvTest {

  @Test
  void writesTheGridsColumnsWithTranslatedHeadingsAndNumbers() throws Exception {
    var row =
        new VmRow(
            new ResourceKey("shop", "web-01"),
            PowerState.POWERED_ON,
            "Running",
            "worker-02",
            List.of("10.244.1.15", "192.168.100.21"),
            "Fedora Linux 40, Cloud",
            4,
            4L * 1024 * 1024 * 1024,
            Instant.parse("2026-11-20T10:00:00Z"),
            false);
    var out = new StringWriter();

    GridCsv.headings(key -> "<" + key + ">", out);
    GridCsv.row(row, key -> "<" + key + ">", out);

    assertThat(out.toString())
        .isEqualTo(
            "<vm.column.name>,<vm.column.power>,<vm.column.status>,<vm.column.host>,"
                + "<vm.column.ips>,<vm.column.os>,<vm.column.vcpus>,<vm.column.memory> (MiB),"
                + "<vm.column.namespace>,<rvtools.csv.created>\r\n"
                + "web-01,<power.powered_on>,Running,worker-02,10.244.1.15 192.168.100.21,"
                + "\"Fedora Linux 40, Cloud\",4,4096,shop,2026-11-20T10:00:00Z\r\n");
  }

  @Test
  void aTemplateSaysTemplateWhereAVmSaysItsPowerState() throws java.io.IOException {
    var out = new StringWriter();

    GridCsv.row(
        io.virtdeck.testing.StoppedRows.row("shop", "fedora-template", true),
        key -> "<" + key + ">",
        out);

    assertThat(out.toString()).startsWith("fedora-template,<power.template>,Stopped,");
  }

  @Test
  void quotesWhatNeedsQuotingAndDefusesFormulas() {
    assertThat(GridCsv.cell("plain")).isEqualTo("plain");
    assertThat(GridCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(GridCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(GridCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(GridCsv.cell("-1")).isEqualTo("'-1");
  }
}
