package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
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
  private final PatchRequests patches = new PatchRequests(this);

  /**
   * Added to the store's counter, which starts at 0 in every run: versions count from the start
   * time in microseconds, so a version handed out before a restart is older than any of this run
   * and a watch from it is answered 410 Gone, as a real API server answers a compacted version.
   * Stays below 2^53 (exact in JavaScript numbers) until the year 2255.
   */
  private final long versionBase = System.currentTimeMillis() * 1000;

  private final WatchHistory history = new WatchHistory(versionBase);
  private volatile long latestVersion = versionBase;

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

  /** The recent changes of each collection, for watches that resume from a resourceVersion. */
  WatchHistory history() {
    return history;
  }

  @Override
  public long requestResourceVersion() {
    long version = versionBase + super.requestResourceVersion();
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
    String existing = oldAttributes == null ? null : getMap().get(oldAttributes);
    long version = 0;
    if (newState == null && existing != null) {
      // as on a real API server, a deletion is a change with a version of its own
      version = requestResourceVersion();
      existing = WatchReplays.withVersion(existing, version);
      getMap().put(oldAttributes, existing);
    }
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
    if (oldAttributes != null) {
      index.remove(oldAttributes);
    }
    if (newKey != null && newState != null) {
      index.put(newKey, newState);
    }
    if (!java.util.Objects.equals(existing, newState)) {
      remember(oldAttributes, existing, newKey, newState, version);
    }
  }

  private void remember(
      @Nullable AttributeSet oldKey,
      @Nullable String existing,
      @Nullable AttributeSet newKey,
      @Nullable String newState,
      long deletedAt) {
    AttributeSet key = newKey != null ? newKey : oldKey;
    String collection = key == null ? null : CollectionIndex.collectionOf(key);
    if (collection == null) {
      return;
    }
    if (newState == null) {
      if (existing != null) {
        history.record(
            collection, new WatchHistory.Event(deletedAt, "DELETED", oldKey, null, existing));
      }
      return;
    }
    String type = existing == null ? "ADDED" : "MODIFIED";
    history.record(
        collection,
        new WatchHistory.Event(
            WatchReplays.version(newState),
            type,
            existing == null ? null : oldKey,
            newKey,
            newState));
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

  /** Every patch type as a real API server applies it (see {@link PatchRequests}). */
  @Override
  public MockResponse handlePatch(RecordedRequest request) {
    lock.writeLock().lock();
    try {
      return patches.handle(request);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The store's own patch handling, for the JSON patches {@link PatchRequests} computed. */
  MockResponse patchStore(RecordedRequest jsonPatch) {
    return super.handlePatch(jsonPatch);
  }

  /** Whether the kind at {@code path} is built in (no CustomResourceDefinition serves it). */
  boolean builtIn(String path) {
    var resource = ResourcePath.parse(path);
    if (resource == null || resource.group().isEmpty() || resource.plural() == null) {
      return true;
    }
    String crd = resource.plural() + "." + resource.group();
    return findResource(getKey("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/" + crd))
        == null;
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
      history.clear();
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
