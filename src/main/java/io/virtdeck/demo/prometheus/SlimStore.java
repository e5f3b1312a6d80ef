package io.virtdeck.demo.prometheus;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An informer's item store that keeps only what the demo Prometheus reads of each object, so that
 * watching tens of thousands of VMs costs little memory.
 */
final class SlimStore implements ItemStore<GenericKubernetesResource> {

  private final BasicItemStore<GenericKubernetesResource> items =
      new BasicItemStore<>(Cache::metaNamespaceKeyFunc);
  private final UnaryOperator<GenericKubernetesResource> slim;

  SlimStore(UnaryOperator<GenericKubernetesResource> slim) {
    this.slim = slim;
  }

  @Override
  public String getKey(GenericKubernetesResource object) {
    return items.getKey(object);
  }

  @Override
  public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
    return items.put(key, slim.apply(object));
  }

  @Override
  public GenericKubernetesResource remove(String key) {
    return items.remove(key);
  }

  @Override
  public Stream<String> keySet() {
    return items.keySet();
  }

  @Override
  public Stream<GenericKubernetesResource> values() {
    return items.values();
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public GenericKubernetesResource get(String key) {
    return items.get(key);
  }
}
