package io.virtdeck.rvtools;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.storage.DatastoreScope;

/**
 * What one user's export may contain: VMs of the namespaces where they may list VMs, snapshots they
 * may list, hosts only with the right to list nodes, and the datastores and disk sizes their
 * Storage tab shows them (claims and DataVolumes of the namespaces where they may list those).
 */
public record ExportScope(
    NamespaceScope vms,
    NamespaceScope snapshots,
    boolean hosts,
    DatastoreScope storage,
    UserScopes scopes) {

  /** What the user of {@code scopes} may export; instances only where they may list them. */
  public static ExportScope of(UserScopes scopes) {
    return new ExportScope(
        scopes.of(CachedKind.VIRTUAL_MACHINES),
        scopes.of(CachedKind.SNAPSHOTS),
        scopes.all(CachedKind.NODES),
        DatastoreScope.of(scopes),
        scopes);
  }
}
