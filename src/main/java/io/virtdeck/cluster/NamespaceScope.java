package io.virtdeck.cluster;

import java.util.Set;

/**
 * The namespaces whose objects of one kind a user may see: all of them, or these; and the
 * namespaces for which the cluster could not be asked ({@code unknown}, {@code *} when not even the
 * namespaces are known), shown as neither.
 */
public record NamespaceScope(boolean all, Set<String> namespaces, Set<String> unknown) {

  public static final NamespaceScope ALL = new NamespaceScope(true, Set.of());
  public static final NamespaceScope NONE = new NamespaceScope(false, Set.of());

  /** Nothing known: the cluster could not be asked, and no namespace is cached. */
  public static final NamespaceScope UNKNOWN = new NamespaceScope(false, Set.of(), Set.of("*"));

  public NamespaceScope {
    namespaces = Set.copyOf(namespaces);
    unknown = Set.copyOf(unknown);
  }

  public NamespaceScope(boolean all, Set<String> namespaces) {
    this(all, namespaces, Set.of());
  }

  public static NamespaceScope only(Set<String> namespaces) {
    return new NamespaceScope(false, namespaces);
  }

  public boolean includes(String namespace) {
    return all || namespaces.contains(namespace);
  }

  /** Whether every answer came: false when the cluster could not be asked about some namespace. */
  public boolean complete() {
    return unknown.isEmpty();
  }
}
