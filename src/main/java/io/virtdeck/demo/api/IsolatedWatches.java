package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRUD store's set of open watches, made to hand each change to every watch even when one of
 * them fails. fabric8's store sends a change to its watches in one {@code forEach}; a watch that is
 * closing has shut its sender down before leaving the set, so its send throws and, without this,
 * ends the loop: every watch after it missed that change, and so did the store's list index,
 * updated after the loop. Informers close and reopen their watches regularly, so under churn this
 * happened on every long-running demo cluster.
 */
final class IsolatedWatches extends CopyOnWriteArraySet<Object> {

  private static final Logger log = LoggerFactory.getLogger(IsolatedWatches.class);

  /** Puts an empty set of this kind in place of {@code store}'s, before any watch opens. */
  static void install(KubernetesCrudDispatcher store) {
    try {
      var field = KubernetesCrudDispatcher.class.getDeclaredField("watchEventListeners");
      field.setAccessible(true);
      field.set(store, new IsolatedWatches());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's CRUD store changed: no watch set", e);
    }
  }

  /** {@code store}'s set of open watches, as {@link #install} left it. */
  static Object of(KubernetesCrudDispatcher store) {
    try {
      var field = KubernetesCrudDispatcher.class.getDeclaredField("watchEventListeners");
      field.setAccessible(true);
      return field.get(store);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's CRUD store changed: no watch set", e);
    }
  }

  /** Hands {@code send} every watch open when called; one that fails does not stop the others. */
  @Override
  public void forEach(Consumer<? super Object> send) {
    for (Object watch : this) { // a snapshot: watches opening or closing meanwhile change nothing
      try {
        send.accept(watch);
      } catch (RejectedExecutionException closing) {
        log.debug("A closing watch missed a change", closing);
      } catch (RuntimeException e) {
        log.warn("A watch could not be sent a change; the others were", e);
      }
    }
  }
}
