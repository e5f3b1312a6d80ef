package io.virtdeck.rvtools.export;

import java.util.List;

/** An exported sheet: its name and its columns in RVTools' order. */
public record SheetSpec<T>(String name, List<Column<T>> columns) {

  public SheetSpec {
    columns = List.copyOf(columns);
  }

  public List<String> headings() {
    return columns.stream().map(Column::heading).toList();
  }
}
