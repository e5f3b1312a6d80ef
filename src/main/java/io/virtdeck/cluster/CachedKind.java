package io.virtdeck.cluster;

/**
 * A kind of object the shared caches hold, as RBAC names it: its API group and resource, and
 * whether its objects live in namespaces (listed per namespace) or in the cluster (listed
 * everywhere or not at all). Every reader of a cache filters by the user's right to {@code list}
 * its kind ({@link UserScopes}).
 */
public enum CachedKind {
  VIRTUAL_MACHINES("kubevirt.io", "virtualmachines", true),
  VIRTUAL_MACHINE_INSTANCES("kubevirt.io", "virtualmachineinstances", true),
  MIGRATIONS("kubevirt.io", "virtualmachineinstancemigrations", true),
  PERSISTENT_VOLUME_CLAIMS("", "persistentvolumeclaims", true),
  DATA_VOLUMES("cdi.kubevirt.io", "datavolumes", true),
  NETWORK_ATTACHMENT_DEFINITIONS("k8s.cni.cncf.io", "network-attachment-definitions", true),
  SNAPSHOTS("snapshot.kubevirt.io", "virtualmachinesnapshots", true),
  RESTORES("snapshot.kubevirt.io", "virtualmachinerestores", true),
  EVENTS("", "events", true),
  STORAGE_CAPACITIES("storage.k8s.io", "csistoragecapacities", true),
  NODES("", "nodes", false),
  NAMESPACES("", "namespaces", false),
  STORAGE_CLASSES("storage.k8s.io", "storageclasses", false),
  PERSISTENT_VOLUMES("", "persistentvolumes", false),
  VOLUME_SNAPSHOT_CLASSES("snapshot.storage.k8s.io", "volumesnapshotclasses", false),
  /** The Node Maintenance Operator's kind, cached where it is installed. */
  NODE_MAINTENANCES("nodemaintenance.medik8s.io", "nodemaintenances", false);

  private final String group;
  private final String resource;
  private final boolean namespaced;

  CachedKind(String group, String resource, boolean namespaced) {
    this.group = group;
    this.resource = resource;
    this.namespaced = namespaced;
  }

  public String group() {
    return group;
  }

  public String resource() {
    return resource;
  }

  /** Whether its objects live in namespaces; else they are cluster-scoped. */
  public boolean namespaced() {
    return namespaced;
  }

  /** The right to list the kind everywhere (to be narrowed to a namespace with {@code in}). */
  public AccessRequest list() {
    return AccessRequest.of("list", group, resource);
  }
}
