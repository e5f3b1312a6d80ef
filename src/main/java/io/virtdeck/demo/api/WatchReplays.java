package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watches that resume from a resourceVersion, answered from the {@link WatchHistory} as a real API
 * server answers them from its watch cache: the ADDED, MODIFIED and DELETED events after that
 * version, in order, then the live ones; or, when the version is older than the history or from
 * before a restart, one ERROR event with a 410 Gone Status, after which clients list again. The
 * CRUD store's own replay (every stored object as ADDED, never a DELETED) is replaced. Watches
 * without a version (or version 0) keep the store's replay of the current objects.
 */
final class WatchReplays {

  private static final Pattern VERSION = Pattern.compile("\"resourceVersion\":\"(\\d+)\"");
  private static final Pattern SINCE = Pattern.compile("[?&]resourceVersion=(\\d+)");
  private static final Pattern WATCH = Pattern.compile("[?&]watch=(true|1)(&|$)");

  private final IndexedCrudStore store;

  WatchReplays(IndexedCrudStore store) {
    this.store = store;
  }

  /** Whether {@code requestPath} is a watch that names a resourceVersion other than 0. */
  static boolean resumes(String method, String requestPath) {
    var since = SINCE.matcher(requestPath);
    return "GET".equals(method)
        && WATCH.matcher(requestPath).find()
        && since.find()
        && Long.parseLong(since.group(1)) > 0;
  }

  /**
   * Answers a watch that {@link #resumes}: the store's watch with its replay replaced by the
   * history after the requested version, or a watch that reports 410 Gone.
   */
  MockResponse watch(RecordedRequest request, String requestPath) {
    var matcher = SINCE.matcher(requestPath);
    long since = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    String path = requestPath.substring(0, Math.max(0, requestPath.indexOf('?')));
    String collection = CollectionIndex.collectionOf(store.getKey(path));
    var lock = store.lock().readLock();
    lock.lock();
    try {
      long latest = store.latestVersion();
      List<WatchHistory.Event> events =
          collection == null ? List.of() : store.history().since(collection, since, latest);
      if (events == null) {
        return new MockResponse().withWebSocketUpgrade(new GoneWatch(since, latest));
      }
      MockResponse response = store.dispatch(request);
      if (response.getWebSocketListener() != null) {
        install(response.getWebSocketListener(), events);
      }
      return response;
    } finally {
      lock.unlock();
    }
  }

  /** Makes {@code listener} (the store's watch) send {@code events} when it opens. */
  private static void install(WebSocketListener listener, List<WatchHistory.Event> events) {
    try {
      Class<?> type = listener.getClass();
      var action = type.getDeclaredField("onOpenAction");
      Method matches = type.getMethod("attributeMatches", AttributeSet.class);
      Method send = type.getMethod("sendWebSocketResponse", String.class, Watcher.Action.class);
      action.setAccessible(true);
      matches.setAccessible(true);
      send.setAccessible(true);
      Consumer<Object> replay = watch -> replay(watch, events, matches, send);
      action.set(listener, replay);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's CRUD watch changed: no onOpenAction", e);
    }
  }

  private static void replay(
      Object watch, List<WatchHistory.Event> events, Method matches, Method send) {
    try {
      for (var event : events) {
        boolean before = matches(watch, matches, event.oldKey());
        boolean after = matches(watch, matches, event.newKey());
        Watcher.Action action =
            switch (event.type()) {
              case "DELETED" -> before ? Watcher.Action.DELETED : null;
              case "ADDED" -> after ? Watcher.Action.ADDED : null;
              default ->
                  before && after
                      ? Watcher.Action.MODIFIED
                      : after ? Watcher.Action.ADDED : before ? Watcher.Action.DELETED : null;
            };
        if (action != null) {
          send.invoke(watch, event.json(), action);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean matches(Object watch, Method matches, @Nullable AttributeSet key)
      throws ReflectiveOperationException {
    return key != null && (boolean) matches.invoke(watch, key);
  }

  /** The resourceVersion in an object's JSON, or Long.MAX_VALUE when it has none. */
  static long version(String json) {
    var m = VERSION.matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  /** The object's JSON with its metadata.resourceVersion set to {@code version}. */
  static String withVersion(String json, long version) {
    var object = (ObjectNode) Serialization.jsonMapper().readTree(json);
    if (object.get("metadata") instanceof ObjectNode metadata) {
      metadata.put("resourceVersion", String.valueOf(version));
    }
    return Serialization.asJson(object);
  }
}
