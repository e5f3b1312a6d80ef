package io.virtdeck.cluster;

/** Namespace and name of a Kubernetes object; the namespace is empty for cluster-scoped ones. */
public record ResourceKey(String namespace, String name) implements Comparable<ResourceKey> {

  public static ResourceKey cluster(String name) {
    return new ResourceKey("", name);
  }

  @Override
  public int compareTo(ResourceKey other) {
    // by hand, not a composed Comparator: the VM table's skip list compares keys on every lookup
    int byNamespace = namespace.compareTo(other.namespace);
    return byNamespace != 0 ? byNamespace : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }
}
