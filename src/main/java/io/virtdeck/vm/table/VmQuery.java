package io.virtdeck.vm.table;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.vm.rows.VmRow;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the VM grid asks for: an optional folder (namespace, empty for all), a filter text that
 * matches name, IP address, host or guest OS, the sort order, the namespaces whose VMs the user may
 * see (rows outside {@code scope} never leave the server), those whose instances they may see
 * (elsewhere a row shows only what the VirtualMachine says: {@code VmRows.withoutInstance}), and an
 * optional host (empty for all: a host's VMs tab shows the VMs running there).
 */
public record VmQuery(
    String namespace,
    String text,
    List<Sort> sorts,
    NamespaceScope scope,
    NamespaceScope instances,
    String host) {

  /** A query over every host. */
  public VmQuery(
      String namespace,
      String text,
      List<Sort> sorts,
      NamespaceScope scope,
      NamespaceScope instances) {
    this(namespace, text, sorts, scope, instances, "");
  }

  /** A query over every namespace (VirtDeck's own view, for tests and tooling). */
  public VmQuery(String namespace, String text, List<Sort> sorts) {
    this(namespace, text, sorts, NamespaceScope.ALL);
  }

  /** A query of VMs in {@code scope} whose instances may all be seen. */
  public VmQuery(String namespace, String text, List<Sort> sorts, NamespaceScope scope) {
    this(namespace, text, sorts, scope, NamespaceScope.ALL);
  }

  /** A query as one user may ask it: their VMs, and their instances where they may list them. */
  public static VmQuery of(String namespace, String text, List<Sort> sorts, UserScopes scopes) {
    return new VmQuery(
        namespace,
        text,
        sorts,
        scopes.of(CachedKind.VIRTUAL_MACHINES),
        scopes.of(CachedKind.VIRTUAL_MACHINE_INSTANCES));
  }

  /** This query narrowed to the VMs running on {@code host}. */
  public VmQuery onHost(String host) {
    return new VmQuery(namespace, text, sorts, scope, instances, host);
  }

  /** Whether the instances of every VM in scope may be seen: the table's rows are shown as kept. */
  public boolean instancesInScope() {
    return instances.covers(scope);
  }

  /** This query's folder, text and order applied to rows given (the rows of {@link #scope}). */
  public List<VmRow> select(java.util.Collection<VmRow> rows) {
    String needle = needle();
    return rows.stream()
        .filter(this::inScope)
        .filter(r -> needle.isEmpty() || VmFilter.haystack(r).contains(needle))
        .sorted(comparator())
        .toList();
  }

  /** One sort criterion. */
  public record Sort(VmColumn column, boolean ascending) {}

  public static VmQuery all() {
    return new VmQuery("", "", List.of());
  }

  /** The filter text as matched: trimmed and lower-cased. */
  String needle() {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the row is in the user's scope, the chosen folder and on the chosen host. */
  boolean inScope(VmRow row) {
    return scope.includes(row.namespace())
        && (namespace.isEmpty() || namespace.equals(row.namespace()))
        && (host.isEmpty() || host.equals(row.host()));
  }

  Comparator<VmRow> comparator() {
    Comparator<VmRow> result = null;
    for (Sort sort : sorts) {
      Comparator<VmRow> next =
          sort.ascending() ? sort.column().order() : sort.column().order().reversed();
      result = result == null ? next : result.thenComparing(next);
    }
    // ties by key, in the first column's direction: what a walk of that column's index gives
    Comparator<VmRow> byKey = Comparator.comparing(VmRow::key);
    if (!sorts.isEmpty() && !sorts.getFirst().ascending()) {
      byKey = byKey.reversed();
    }
    return result == null ? byKey : result.thenComparing(byKey);
  }
}
