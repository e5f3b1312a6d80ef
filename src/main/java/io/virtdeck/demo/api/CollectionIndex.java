package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * The CRUD store's objects by collection (API group, version and plural), each collection sorted by
 * {@code namespace/name} as etcd sorts a real API server's keys: the store itself is one flat map
 * that every list and watch would otherwise scan (210,000 objects at scale). Unlike the store's
 * scan, a core path ({@code /api/v1/events}) does not also find objects of a group with the same
 * plural ({@code events.k8s.io/v1}), as on a real API server. Kept in step with the store's map by
 * {@link IndexedCrudStore}, under the store's write lock.
 */
final class CollectionIndex {

  static final String API = "api";
  static final String VERSION = "version";
  static final String PLURAL = "plural";
  static final String NAMESPACE = "namespace";
  static final String NAME = "name";

  /** One stored object: the store's key (for selector matching) and its JSON. */
  record Stored(AttributeSet key, String json) {}

  private final Map<String, NavigableMap<String, Stored>> collections = new ConcurrentHashMap<>();

  /** Files the object stored under {@code key}, replacing the one at the same namespace/name. */
  void put(AttributeSet key, String json) {
    String collection = collectionOf(key);
    if (collection != null) {
      collections
          .computeIfAbsent(collection, c -> new ConcurrentSkipListMap<>())
          .put(sortKey(key), new Stored(key, json));
    }
  }

  /** Forgets the object stored under exactly {@code key}, if it is the one filed. */
  void remove(AttributeSet key) {
    String collection = collectionOf(key);
    var objects = collection == null ? null : collections.get(collection);
    if (objects != null) {
      objects.computeIfPresent(
          sortKey(key), (k, stored) -> stored.key().equals(key) ? null : stored);
    }
  }

  void clear() {
    collections.clear();
  }

  /** Every filed object, collection by collection. */
  java.util.List<Stored> all() {
    return collections.values().stream().flatMap(c -> c.values().stream()).toList();
  }

  /**
   * The candidates for a list or watch whose store query is {@code query} (the attributes the store
   * derives from the request path, selectors included), in key order; null when the query names no
   * version and plural, so that only a scan of the whole store can answer it. Every candidate
   * matches the query's path; it must still be matched against the query's selectors, if any.
   */
  @Nullable NavigableMap<String, Stored> candidates(AttributeSet query) {
    String collection = collectionOf(query);
    if (collection == null) {
      return null;
    }
    NavigableMap<String, Stored> objects = collections.get(collection);
    if (objects == null) {
      return Collections.emptyNavigableMap();
    }
    String namespace = value(query, NAMESPACE);
    // '/' + 1 is '0': every key with the prefix "namespace/" sorts in between
    return namespace == null
        ? objects
        : objects.subMap(namespace + "/", true, namespace + "0", false);
  }

  /** The object {@code name} in {@code namespace} (null: cluster-scoped) of the query's kind. */
  @Nullable Stored get(AttributeSet query, @Nullable String namespace, String name) {
    String collection = collectionOf(query);
    var objects = collection == null ? null : collections.get(collection);
    return objects == null
        ? null
        : objects.get(Objects.requireNonNullElse(namespace, "") + "/" + name);
  }

  /** The sort key of a stored object: {@code namespace/name}, {@code /name} if cluster-scoped. */
  static String sortKey(AttributeSet key) {
    return Objects.requireNonNullElse(value(key, NAMESPACE), "")
        + "/"
        + Objects.requireNonNullElse(value(key, NAME), "");
  }

  /** The collection (group/version/plural) of a key or query, or null when it names none. */
  static @Nullable String collectionOf(AttributeSet key) {
    String version = value(key, VERSION);
    String plural = value(key, PLURAL);
    if (version == null || plural == null) {
      return null;
    }
    return Objects.requireNonNullElse(value(key, API), "") + "/" + version + "/" + plural;
  }

  /** The single value of the attribute {@code name}, or null. */
  static @Nullable String value(AttributeSet set, String name) {
    Attribute attribute = set.getAttribute(name);
    if (attribute == null || attribute.getValues().size() != 1) {
      return null;
    }
    return attribute.getValues().getFirst().toString();
  }
}
