package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * fabric8's CRUD store with a {@link CollectionIndex} of its objects, so that lists, watch replays
 * and lookups of one object (GET, DELETE, and the existence checks of create, patch and update)
 * read one collection instead of scanning every stored object. Every change of the store's map goes
 * through {@link #processEvent} (creates, updates, patches and deletes of client requests as well
 * as {@link BulkWriter}'s writes, which also produce the watch events there) or {@link #reset};
 * both keep the index in step, under the store's write lock.
 */
final class IndexedCrudStore extends KubernetesCrudDispatcher {

  private final CollectionIndex index = new CollectionIndex();
  private final ReadWriteLock lock = lockOf(this);
  private volatile long latestVersion;

  IndexedCrudStore() {
    IsolatedWatches.install(this);
  }

  /** The objects by collection. */
  CollectionIndex index() {
    return index;
  }

  /** The store's lock: writes hold its write lock, a consistent read holds its read lock. */
  ReadWriteLock lock() {
    return lock;
  }

  /** The latest resourceVersion handed out: every stored object is at or below it. */
  long latestVersion() {
    return latestVersion;
  }

  @Override
  public long requestResourceVersion() {
    long version = super.requestResourceVersion();
    latestVersion = version;
    return version;
  }

  @Override
  public void processEvent(
      String path,
      AttributeSet pathAttributes,
      @Nullable AttributeSet oldAttributes,
      @Nullable GenericKubernetesResource resource,
      @Nullable String newState) {
    // computed before the store's own processing, which may register a CRD and change plurals
    AttributeSet newKey = newState == null ? null : storedKey(pathAttributes, resource, newState);
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
    if (oldAttributes != null) {
      index.remove(oldAttributes);
    }
    if (newKey != null && newState != null) {
      index.put(newKey, newState);
    }
  }

  /** As the store's: the first stored object matching {@code attributes}, or null. */
  @Override
  public Map.@Nullable Entry<AttributeSet, String> findResource(AttributeSet attributes) {
    String name = CollectionIndex.value(attributes, CollectionIndex.NAME);
    if (name == null) {
      return super.findResource(attributes);
    }
    String namespace = CollectionIndex.value(attributes, CollectionIndex.NAMESPACE);
    var stored = index.get(attributes, namespace, name);
    if (stored != null && stored.key().matches(attributes)) {
      return Map.entry(stored.key(), stored.json());
    }
    // a namespaced match can only be filed at namespace/name; without a namespace any may match
    boolean indexed = stored == null && namespace != null && index.candidates(attributes) != null;
    return indexed ? null : super.findResource(attributes);
  }

  /** As the store's, but a GET of one object is a lookup in the index instead of a scan. */
  @Override
  public MockResponse handleGet(String path) {
    AttributeSet query = getKey(path);
    if (path.contains("watch=") || !query.containsKey(CollectionIndex.NAME)) {
      return super.handleGet(path);
    }
    lock.readLock().lock();
    try {
      var found = findResource(query);
      return found == null
          ? new MockResponse().setResponseCode(404)
          : new MockResponse().setResponseCode(200).setBody(found.getValue());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** As the store's, but deleting one object finds it in the index instead of by a scan. */
  @Override
  public MockResponse handleDelete(String path) {
    AttributeSet query = getKey(path);
    if (!query.containsKey(CollectionIndex.NAME)) {
      return super.handleDelete(path);
    }
    lock.writeLock().lock();
    try {
      var found = findResource(query);
      if (found == null) {
        return new MockResponse().setResponseCode(404);
      }
      delete(path, query, found.getKey(), found.getValue());
      return new MockResponse().setResponseCode(200).setBody(found.getValue());
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The store's delete: gone at once without finalizers, else only marked for deletion, once. */
  private void delete(String path, AttributeSet query, AttributeSet key, String json) {
    var resource = Serialization.unmarshal(json, GenericKubernetesResource.class);
    if (resource.getFinalizers().isEmpty()) {
      processEvent(path, query, key, null, null);
    } else if (!resource.isMarkedForDeletion()) {
      resource.getMetadata().setDeletionTimestamp(LocalDateTime.now().toString());
      processEvent(path, query, key, resource, Serialization.asJson(resource));
    }
  }

  @Override
  public void reset() {
    lock.writeLock().lock();
    try {
      super.reset();
      index.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The key the store files an object under, computed as the store's processEvent does. */
  AttributeSet storedKey(
      AttributeSet pathKey, @Nullable GenericKubernetesResource resource, String json) {
    var extractor = (KubernetesAttributesExtractor) getAttributeExtractor();
    AttributeSet key =
        resource != null ? extractor.extract(resource) : extractor.fromResource(json);
    return key.containsKey(CollectionIndex.PLURAL) ? key : AttributeSet.merge(pathKey, key);
  }

  private static ReadWriteLock lockOf(KubernetesCrudDispatcher store) {
    try {
      var field = KubernetesCrudDispatcher.class.getDeclaredField("lock");
      field.setAccessible(true);
      return (ReadWriteLock) field.get(store);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's CRUD store changed: no lock field", e);
    }
  }
}
