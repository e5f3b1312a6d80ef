package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Replaces the CRUD store's replay when a watch opens: the store formats and queues every matching
 * object as ADDED on the server's event loop (45,000 VMs: seconds during which the API answers
 * nothing else, on every re-watch). Here only objects newer than the watch's resourceVersion are
 * replayed, as a real API server does.
 */
final class WatchReplays {

  private static final Pattern VERSION = Pattern.compile("\"resourceVersion\":\"(\\d+)\"");

  private final KubernetesCrudDispatcher store;
  private final Lock readLock;

  WatchReplays(KubernetesCrudDispatcher store) {
    this.store = store;
    try {
      var field = KubernetesCrudDispatcher.class.getDeclaredField("lock");
      field.setAccessible(true);
      this.readLock = ((ReadWriteLock) field.get(store)).readLock();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's CRUD store changed: no lock field", e);
    }
  }

  /** Makes {@code listener} (the store's watch) replay only what is newer than {@code since}. */
  void install(WebSocketListener listener, long since) {
    try {
      Class<?> type = listener.getClass();
      var action = type.getDeclaredField("onOpenAction");
      Method matches = type.getMethod("attributeMatches", AttributeSet.class);
      Method send = type.getMethod("sendWebSocketResponse", String.class, Watcher.Action.class);
      action.setAccessible(true);
      matches.setAccessible(true);
      send.setAccessible(true);
      Consumer<Object> replay = watch -> replay(watch, since, matches, send);
      action.set(listener, replay);
    } catch (ReflectiveOperationException e) {
      // not the store's watch listener: its own replay stays, filtered by WatchReplayFilter
    }
  }

  private void replay(Object watch, long since, Method matches, Method send) {
    var newer = new ArrayList<String>();
    readLock.lock();
    try {
      synchronized (store.getMap()) {
        for (var entry : store.getMap().entrySet()) {
          if ((boolean) matches.invoke(watch, entry.getKey())
              && version(entry.getValue()) > since) {
            newer.add(entry.getValue());
          }
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

  static long version(String json) {
    var m = VERSION.matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }
}
