package io.virtdeck.cluster;

import java.util.Set;

/** The namespaces whose objects of one kind a user may see: all of them, or these. */
public record NamespaceScope(boolean all, Set<String> namespaces) {

  public static final NamespaceScope ALL = new NamespaceScope(true, Set.of());
  public static final NamespaceScope NONE = new NamespaceScope(false, Set.of());

  public NamespaceScope {
    namespaces = Set.copyOf(namespaces);
  }

  public static NamespaceScope only(Set<String> namespaces) {
    return new NamespaceScope(false, namespaces);
  }

  public boolean includes(String namespace) {
    return all || namespaces.contains(namespace);
  }
}
