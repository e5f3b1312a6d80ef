package io.virtdeck.cluster;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One change seen by a shared informer. */
public sealed interface ResourceEvent<T> {

  ResourceKey key();

  /** The object after the change, or the last known state for a deletion. */
  T object();

  /** The object before the change, where there was one. */
  default @Nullable T previous() {
    return null;
  }

  /** The kinds of change, as informers count them. */
  enum Type {
    ADDED,
    UPDATED,
    DELETED;

    /** The lower-case name metrics tag it with. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  record Added<T>(ResourceKey key, T object) implements ResourceEvent<T> {}

  record Updated<T>(ResourceKey key, T previous, T object) implements ResourceEvent<T> {}

  record Deleted<T>(ResourceKey key, T object) implements ResourceEvent<T> {}
}
