package io.virtdeck.cluster;

import java.util.Comparator;

/** Namespace and name of a Kubernetes object; the namespace is empty for cluster-scoped ones. */
public record ResourceKey(String namespace, String name) implements Comparable<ResourceKey> {

  private static final Comparator<ResourceKey> ORDER =
      Comparator.comparing(ResourceKey::namespace).thenComparing(ResourceKey::name);

  public static ResourceKey cluster(String name) {
    return new ResourceKey("", name);
  }

  @Override
  public int compareTo(ResourceKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }
}
