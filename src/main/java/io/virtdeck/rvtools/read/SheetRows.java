package io.virtdeck.rvtools.read;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;

/**
 * One sheet read as events: its first row gives the headings (in any order), every later row is
 * handed on as heading → text; nothing else of the sheet is kept.
 */
final class SheetRows implements SheetContentsHandler {

  private final Consumer<Map<String, String>> rows;
  private final Map<Integer, String> headings = new HashMap<>();
  private Map<String, String> current = new HashMap<>();
  private boolean header = true;

  SheetRows(Consumer<Map<String, String>> rows) {
    this.rows = rows;
  }

  /** The headings the sheet has (empty before its first row is read). */
  Set<String> headings() {
    return new LinkedHashSet<>(headings.values());
  }

  @Override
  public void startRow(int rowNum) {
    current = new HashMap<>();
  }

  @Override
  public void endRow(int rowNum) {
    if (header) {
      header = false;
    } else if (!current.isEmpty()) {
      rows.accept(current);
    }
  }

  @Override
  public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment comment) {
    if (ref == null || value == null) {
      return;
    }
    int column = new CellReference(ref).getCol();
    if (header) {
      headings.putIfAbsent(column, value.strip());
    } else {
      String heading = headings.get(column);
      if (heading != null && !value.isBlank()) {
        current.putIfAbsent(heading, value.strip());
      }
    }
  }
}
