package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The last changes of each collection, as a real API server's watch cache keeps them, so that a
 * watch from a recent resourceVersion is sent the ADDED, MODIFIED and DELETED events after it, and
 * a watch from a version that is no longer (or never was) in the history can be told {@code 410
 * Gone}. Each collection keeps at most {@link #CAPACITY} events: a fixed cost per change (one small
 * record referring to the JSON the store keeps anyway), whatever the number of objects. Written
 * under the store's write lock, read under its read lock.
 */
final class WatchHistory {

  /** Events kept per collection. */
  static final int CAPACITY = 2048;

  /**
   * One change.
   *
   * @param version the resourceVersion of the change
   * @param type ADDED, MODIFIED or DELETED
   * @param oldKey the store key before (null for ADDED)
   * @param newKey the store key after (null for DELETED)
   * @param json the object after the change (before it, for DELETED)
   */
  record Event(
      long version,
      String type,
      @Nullable AttributeSet oldKey,
      @Nullable AttributeSet newKey,
      String json) {}

  private record Collection(ArrayDeque<Event> events, long[] compactedBelow) {}

  private final Map<String, Collection> collections = new ConcurrentHashMap<>();
  private final long startVersion;

  /** A history that begins at {@code startVersion}: older versions were never served here. */
  WatchHistory(long startVersion) {
    this.startVersion = startVersion;
  }

  void record(String collection, Event event) {
    var history =
        collections.computeIfAbsent(
            collection, c -> new Collection(new ArrayDeque<>(), new long[] {startVersion}));
    if (history.events().size() == CAPACITY) {
      history.compactedBelow()[0] = history.events().removeFirst().version();
    }
    history.events().addLast(event);
  }

  /**
   * The events of {@code collection} after {@code since} up to {@code until}, oldest first; null
   * when some of them are no longer kept or {@code since} was never a version of this server.
   */
  @Nullable List<Event> since(@Nullable String collection, long since, long until) {
    if (since < startVersion || since > until) {
      return null;
    }
    var history = collection == null ? null : collections.get(collection);
    if (history == null) {
      return List.of();
    }
    if (since < history.compactedBelow()[0]) {
      return null;
    }
    var result = new ArrayList<Event>();
    for (var it = history.events().descendingIterator(); it.hasNext(); ) {
      Event event = it.next();
      if (event.version() <= since) {
        break;
      }
      if (event.version() <= until) {
        result.add(event);
      }
    }
    return result.reversed();
  }

  /** The oldest version a watch may start from. */
  long startVersion() {
    return startVersion;
  }

  void clear() {
    collections.clear();
  }
}
