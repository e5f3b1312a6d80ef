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

  /** Whether every namespace {@code other} includes is included here. */
  public boolean covers(NamespaceScope other) {
    return all || (!other.all && namespaces.containsAll(other.namespaces));
  }

  /**
   * The namespaces both scopes include: where the user may list two kinds, for a view built from
   * both (unanswered in either: unanswered here).
   */
  public NamespaceScope and(NamespaceScope other) {
    Set<String> unanswered = new java.util.HashSet<>(unknown);
    unanswered.addAll(other.unknown);
    if (all || other.all) {
      return new NamespaceScope(all && other.all, all ? other.namespaces : namespaces, unanswered);
    }
    Set<String> both = new java.util.HashSet<>(namespaces);
    both.retainAll(other.namespaces);
    return new NamespaceScope(false, both, unanswered);
  }

  /** Whether every answer came: false when the cluster could not be asked about some namespace. */
  public boolean complete() {
    return unknown.isEmpty();
  }

  /**
   * This newer scope, keeping from {@code before} the namespaces whose review got no answer now: a
   * review that failed takes nothing away that the user could see.
   */
  public NamespaceScope keepingUnknownFrom(NamespaceScope before) {
    if (all || unknown.isEmpty()) {
      return this;
    }
    if (unknown.contains("*")) {
      return before;
    }
    Set<String> kept = new java.util.HashSet<>(namespaces);
    unknown.stream().filter(before::includes).forEach(kept::add);
    return new NamespaceScope(false, kept, unknown);
  }

  /**
   * The namespaces {@code before} showed that this scope does not: {@code *} alone when {@code
   * before} showed all of them and this one does not.
   */
  public Set<String> lostFrom(NamespaceScope before) {
    if (all) {
      return Set.of();
    }
    if (before.all) {
      return Set.of("*");
    }
    Set<String> lost = new java.util.TreeSet<>(before.namespaces);
    lost.removeAll(namespaces);
    return lost;
  }
}
