package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Replaces the CRUD store's replay when a watch opens: the store formats and queues every matching
 * object as ADDED on the server's event loop (for a large cluster, a long time during which the API
 * answers nothing else, on every re-watch). Here only objects newer than the watch's
 * resourceVersion are replayed, as a real API server does, and only the watched collection is read
 * (from the {@link CollectionIndex}) instead of every stored object.
 */
final class WatchReplays {

  private static final Pattern VERSION = Pattern.compile("\"resourceVersion\":\"(\\d+)\"");

  private final IndexedCrudStore store;
  private final Lock readLock;

  WatchReplays(IndexedCrudStore store) {
    this.store = store;
    this.readLock = store.lock().readLock();
  }

  /**
   * Makes {@code listener} (the store's watch of {@code path}) replay only what is newer than
   * {@code since}.
   */
  void install(WebSocketListener listener, long since, String path) {
    try {
      Class<?> type = listener.getClass();
      var action = type.getDeclaredField("onOpenAction");
      Method matches = type.getMethod("attributeMatches", AttributeSet.class);
      Method send = type.getMethod("sendWebSocketResponse", String.class, Watcher.Action.class);
      action.setAccessible(true);
      matches.setAccessible(true);
      send.setAccessible(true);
      Consumer<Object> replay = watch -> replay(watch, since, path, matches, send);
      action.set(listener, replay);
    } catch (ReflectiveOperationException e) {
      // not the store's watch listener: its own replay stays, filtered by WatchReplayFilter
    }
  }

  private void replay(Object watch, long since, String path, Method matches, Method send) {
    var newer = new ArrayList<String>();
    readLock.lock();
    try {
      for (var entry : candidates(path)) {
        if ((boolean) matches.invoke(watch, entry.getKey()) && version(entry.getValue()) > since) {
          newer.add(entry.getValue());
        }
      }
      for (String json : newer) {
        send.invoke(watch, json, Watcher.Action.ADDED);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    } finally {
      readLock.unlock();
    }
  }

  /** The stored objects the watch may match: its collection, or all when it names none. */
  private List<Map.Entry<AttributeSet, String>> candidates(String path) {
    var collection = store.index().candidates(store.getKey(path));
    if (collection == null) {
      synchronized (store.getMap()) {
        return new ArrayList<>(store.getMap().entrySet());
      }
    }
    return collection.values().stream()
        .map(stored -> Map.entry(stored.key(), stored.json()))
        .toList();
  }

  static long version(String json) {
    var m = VERSION.matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }
}
