package io.virtdeck.vm.table;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * Slots already sorted, seen as a sorted map of each slot to {@code TRUE}: what {@link
 * java.util.concurrent.ConcurrentSkipListMap}'s copy constructor reads to link its nodes in one
 * pass. Read once, in order; nothing else is supported.
 */
final class SortedSlots extends AbstractMap<IndexedRow, Boolean>
    implements SortedMap<IndexedRow, Boolean> {

  private final IndexedRow[] sorted;
  private final Comparator<IndexedRow> order;

  SortedSlots(IndexedRow[] sorted, Comparator<IndexedRow> order) {
    this.sorted = sorted;
    this.order = order;
  }

  @Override
  public Comparator<IndexedRow> comparator() {
    return order;
  }

  @Override
  public Set<Map.Entry<IndexedRow, Boolean>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<IndexedRow, Boolean>> iterator() {
        return Arrays.stream(sorted).map(slot -> Map.entry(slot, Boolean.TRUE)).iterator();
      }

      @Override
      public int size() {
        return sorted.length;
      }
    };
  }

  @Override
  public SortedMap<IndexedRow, Boolean> subMap(IndexedRow from, IndexedRow to) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SortedMap<IndexedRow, Boolean> headMap(IndexedRow to) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SortedMap<IndexedRow, Boolean> tailMap(IndexedRow from) {
    throw new UnsupportedOperationException();
  }

  @Override
  public IndexedRow firstKey() {
    if (sorted.length == 0) {
      throw new NoSuchElementException();
    }
    return sorted[0];
  }

  @Override
  public IndexedRow lastKey() {
    if (sorted.length == 0) {
      throw new NoSuchElementException();
    }
    return sorted[sorted.length - 1];
  }
}
