package io.virtdeck.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The keys of the rows a lazy grid fetched most recently, at most {@code capacity} of them, safe to
 * ask from any thread. Vaadin's grid holds only the rows of its last requested range, fetched
 * together, so with a capacity well above a range (a few pages) every row a browser can show is
 * here: a stream of changes can drop the others before they cost a session anything, while a row
 * that scrolls into view is fetched fresh anyway. An insertion-ordered map, not a Caffeine cache:
 * Caffeine's size bound admits by frequency, so a row just fetched (the one on screen) could be the
 * one dropped; here the newest always stay.
 */
public final class RecentlyFetched<K> implements Predicate<K> {

  /** Far more rows than a grid's requested range holds (a few pages of 50). */
  public static final int DEFAULT_CAPACITY = 1_000;

  private final Map<K, Boolean> keys;

  public RecentlyFetched() {
    this(DEFAULT_CAPACITY);
  }

  public RecentlyFetched(int capacity) {
    this.keys =
        new LinkedHashMap<>(64, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Notes a fetched row's key as the newest. */
  public synchronized void fetched(K key) {
    keys.remove(key);
    keys.put(key, Boolean.TRUE);
  }

  /** Whether the row of {@code key} was among the most recently fetched. */
  @Override
  public synchronized boolean test(K key) {
    return keys.containsKey(key);
  }
}
