package io.virtdeck.rvtools.export;

import io.virtdeck.vm.rows.VmRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The VM grid's columns as CSV (RFC 4180, comma-separated, CRLF): headings in the user's language,
 * sizes as numbers (MiB) and times as ISO-8601, so that a spreadsheet can compute with them. A cell
 * that a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class GridCsv {

  /** A column: the i18n key of its heading and its value, given a translator. */
  public record CsvColumn(
      String headingKey, String unit, BiFunction<VmRow, Function<String, String>, String> value) {}

  /** The grid's columns in its order (Age becomes the creation time). */
  public static final List<CsvColumn> COLUMNS =
      List.of(
          new CsvColumn("vm.column.name", "", (r, t) -> r.name()),
          new CsvColumn("vm.column.power", "", (r, t) -> t.apply(r.powerKey())),
          new CsvColumn("vm.column.status", "", (r, t) -> r.status()),
          new CsvColumn("vm.column.host", "", (r, t) -> r.host()),
          new CsvColumn("vm.column.ips", "", (r, t) -> String.join(" ", r.ipAddresses())),
          new CsvColumn("vm.column.os", "", (r, t) -> r.guestOs()),
          new CsvColumn(
              "vm.column.vcpus", "", (r, t) -> r.vcpus() == 0 ? "" : String.valueOf(r.vcpus())),
          new CsvColumn("vm.column.memory", " (MiB)", (r, t) -> mib(r.memoryBytes())),
          new CsvColumn("vm.column.namespace", "", (r, t) -> r.namespace()),
          new CsvColumn("rvtools.csv.created", "", (r, t) -> r.created().toString()));

  private GridCsv() {}

  public static void headings(Function<String, String> translate, Writer out) throws IOException {
    line(COLUMNS.stream().map(c -> translate.apply(c.headingKey()) + c.unit()).toList(), out);
  }

  public static void row(VmRow row, Function<String, String> translate, Writer out)
      throws IOException {
    line(COLUMNS.stream().map(c -> c.value().apply(row, translate)).toList(), out);
  }

  private static void line(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** One cell, quoted when it holds a comma, quote or line break; formulas defused. */
  static String cell(String value) {
    String text =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static String mib(long bytes) {
    Long mib = Values.mib(bytes);
    return mib == null ? "" : mib.toString();
  }
}
