package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes objects straight into the CRUD store, for seeding and churning a large demo cluster
 * without building and parsing a request per object (the mock's own create scans the whole store
 * unless {@link IndexedCrudStore} indexes it). Watchers get the same ADDED, MODIFIED and DELETED
 * events as for a client request, and each write takes a new resourceVersion. Updates and deletes
 * find the object in the store's {@link CollectionIndex}, whoever wrote it.
 */
public final class BulkWriter {

  private static final String CREATED = "2025-06-01T08:00:00Z";

  private final IndexedCrudStore store;
  private final Lock lock;

  BulkWriter(IndexedCrudStore store) {
    this.store = store;
    this.lock = store.lock().writeLock();
  }

  /**
   * Stores a new object in the collection at {@code collectionPath} (for example {@code
   * /apis/kubevirt.io/v1/namespaces/ns/virtualmachines}) with a uid, resourceVersion and creation
   * time, without checking whether it exists.
   */
  public void create(String collectionPath, GenericKubernetesResource object) {
    var metadata = object.getMetadata();
    metadata.setUid(UUID.randomUUID().toString());
    metadata.setGeneration(1L); // the store's patch copies it over and fails without one
    if (metadata.getCreationTimestamp() == null) {
      metadata.setCreationTimestamp(CREATED);
    }
    lock.lock();
    try {
      write(collectionPath, null, object);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Changes the stored object {@code name} in {@code collectionPath} with {@code change}; returns
   * false when it does not exist.
   */
  public boolean update(
      String collectionPath, String name, UnaryOperator<GenericKubernetesResource> change) {
    lock.lock();
    try {
      var current = find(collectionPath, name);
      if (current == null) {
        return false;
      }
      var object = Serialization.unmarshal(current.json(), GenericKubernetesResource.class);
      write(collectionPath, current.key(), change.apply(object));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Deletes the stored object {@code name} in {@code collectionPath}; false when absent. */
  public boolean delete(String collectionPath, String name) {
    lock.lock();
    try {
      var current = find(collectionPath, name);
      if (current == null) {
        return false;
      }
      store.processEvent(collectionPath, store.getKey(collectionPath), current.key(), null, null);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes every stored object except those {@code kept} (asked with the object's collection path,
   * such as {@code /api/v1/namespaces}, and name), each with a DELETED event for watchers as a
   * client's delete gives; returns how many were deleted.
   */
  public int deleteAll(BiPredicate<String, String> kept) {
    lock.lock();
    try {
      int deleted = 0;
      for (var stored : store.index().all()) {
        String path = collectionPath(stored.key());
        String name = CollectionIndex.value(stored.key(), CollectionIndex.NAME);
        if (path != null && name != null && !kept.test(path, name)) {
          store.processEvent(path, store.getKey(path), stored.key(), null, null);
          deleted++;
        }
      }
      return deleted;
    } finally {
      lock.unlock();
    }
  }

  /** The collection path of a stored object's key: its group, version, namespace and plural. */
  private static @Nullable String collectionPath(AttributeSet key) {
    String version = CollectionIndex.value(key, CollectionIndex.VERSION);
    String plural = CollectionIndex.value(key, CollectionIndex.PLURAL);
    if (version == null || plural == null) {
      return null;
    }
    String group = CollectionIndex.value(key, CollectionIndex.API);
    String namespace = CollectionIndex.value(key, CollectionIndex.NAMESPACE);
    return (group == null || group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version)
        + (namespace == null ? "" : "/namespaces/" + namespace)
        + "/"
        + plural;
  }

  private void write(
      String collectionPath, @Nullable AttributeSet oldKey, GenericKubernetesResource object) {
    object.getMetadata().setResourceVersion(String.valueOf(store.requestResourceVersion()));
    String json = Serialization.asJson(object);
    store.processEvent(collectionPath, store.getKey(collectionPath), oldKey, object, json);
  }

  private record Stored(AttributeSet key, String json) {}

  private @Nullable Stored find(String collectionPath, String name) {
    var entry = store.findResource(store.getKey(collectionPath).add(new Attribute("name", name)));
    return entry == null ? null : new Stored(entry.getKey(), entry.getValue());
  }
}
