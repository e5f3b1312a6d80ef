package io.virtdeck.cluster.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An informer's item store that drops what no view reads before keeping an object: {@code
 * metadata.managedFields} and the {@code kubectl.kubernetes.io/last-applied-configuration}
 * annotation, often more than half of a VM's JSON on a real cluster.
 */
public final class TrimmingItemStore<T extends HasMetadata> implements ItemStore<T> {

  /** The annotation kubectl apply leaves: the whole object again, as JSON. */
  public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private final BasicItemStore<T> items = new BasicItemStore<>(Cache::metaNamespaceKeyFunc);

  /** Removes the fields views never read, in place; returns the object. */
  public static <T extends HasMetadata> T trim(T object) {
    var metadata = object.getMetadata();
    if (metadata != null) {
      metadata.setManagedFields(List.of());
      Map<String, String> annotations = metadata.getAnnotations();
      if (annotations != null && annotations.containsKey(LAST_APPLIED)) {
        var kept = new java.util.LinkedHashMap<>(annotations);
        kept.remove(LAST_APPLIED);
        metadata.setAnnotations(kept);
      }
    }
    return object;
  }

  @Override
  public String getKey(T object) {
    return items.getKey(object);
  }

  @Override
  public T put(String key, T object) {
    return items.put(key, trim(object));
  }

  @Override
  public T remove(String key) {
    return items.remove(key);
  }

  @Override
  public Stream<String> keySet() {
    return items.keySet();
  }

  @Override
  public Stream<T> values() {
    return items.values();
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public T get(String key) {
    return items.get(key);
  }
}
