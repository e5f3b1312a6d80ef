package io.virtdeck.vm.table;

import io.virtdeck.vm.rows.VmRow;

/**
 * One VM's place in the table and in every sort index: its current row with the search text
 * lower-cased once, replaced in place when the VM changes, and whether the VM is gone. The sort
 * indexes hold these slots, so a change moves a slot only in the indexes of columns whose value
 * changed (a status change does not touch the name, OS, vCPU, memory, folder or age index).
 */
final class IndexedRow {

  private record State(VmRow row, String haystack) {
    static State of(VmRow row) {
      return new State(row, VmFilter.haystack(row));
    }
  }

  private final int number;
  private volatile State state;
  private volatile boolean removed;

  IndexedRow(int number, VmRow row) {
    this.number = number;
    this.state = State.of(row);
  }

  /** The slot's number in its table: 0 for the first slot made, 1 for the next, ... */
  int number() {
    return number;
  }

  VmRow row() {
    return state.row();
  }

  String haystack() {
    return state.haystack();
  }

  /**
   * Puts the VM's new row in this slot; the caller has taken the slot out of every index in which
   * the new row sorts elsewhere.
   */
  void update(VmRow row) {
    state = State.of(row);
  }

  boolean removed() {
    return removed;
  }

  void markRemoved() {
    removed = true;
  }
}
