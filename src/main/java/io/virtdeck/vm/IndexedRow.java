package io.virtdeck.vm;

/**
 * A row as the table keeps it: the row, its search text lower-cased once, and whether a newer row
 * (or a removal) has replaced it, so that a query walking a sort index skips the old entry that a
 * concurrent change has not yet taken out.
 */
final class IndexedRow {

  private final VmRow row;
  private final String haystack;
  private volatile boolean replaced;

  IndexedRow(VmRow row, String haystack) {
    this.row = row;
    this.haystack = haystack;
  }

  VmRow row() {
    return row;
  }

  String haystack() {
    return haystack;
  }

  boolean replaced() {
    return replaced;
  }

  void markReplaced() {
    replaced = true;
  }
}
