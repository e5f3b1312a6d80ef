package io.virtdeck.rvtools.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the lines of one sheet of a streaming workbook: the headings first, then one row per
 * {@link #add}; rows beyond the workbook's window are flushed to disk as they are written.
 */
final class SheetWriter<T> {

  private final SheetSpec<T> spec;
  private final Sheet sheet;
  private final CellStyle plain;
  private final CellStyle dates;
  private int next;

  SheetWriter(
      SheetSpec<T> spec, Sheet sheet, CellStyle plain, CellStyle headings, CellStyle dates) {
    this.spec = spec;
    this.sheet = sheet;
    this.plain = plain;
    this.dates = dates;
    Row row = sheet.createRow(next++);
    for (int i = 0; i < spec.columns().size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(spec.columns().get(i).heading());
      cell.setCellStyle(headings);
    }
    sheet.createFreezePane(1, 1);
  }

  void add(T line) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < spec.columns().size(); i++) {
      Object value = spec.columns().get(i).value().apply(line);
      if (value != null) {
        Cell cell = row.createCell(i);
        // a cell without a style makes the writer look up its column's style in the sheet's XML
        // for every cell: the largest cost of a streamed sheet
        cell.setCellStyle(plain);
        write(cell, value);
      }
    }
  }

  /** The number of lines written, headings not counted. */
  int lines() {
    return next - 1;
  }

  private void write(Cell cell, @Nullable Object value) {
    switch (value) {
      case null -> {}
      case Number number -> cell.setCellValue(number.doubleValue());
      case Boolean bool -> cell.setCellValue(bool ? "True" : "False");
      case Instant instant -> {
        if (!Instant.EPOCH.equals(instant)) {
          cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
          cell.setCellStyle(dates);
        }
      }
      default -> cell.setCellValue(value.toString());
    }
  }
}
