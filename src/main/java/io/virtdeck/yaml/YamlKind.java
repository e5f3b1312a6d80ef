package io.virtdeck.yaml;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;

/** The kinds of object whose page has a YAML tab, with their API path and RBAC names. */
public enum YamlKind {
  VM(CachedKind.VIRTUAL_MACHINES, "v1", "VirtualMachine"),
  PORT_GROUP(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS, "v1", "NetworkAttachmentDefinition"),
  SNAPSHOT(CachedKind.SNAPSHOTS, "v1beta1", "VirtualMachineSnapshot"),
  HOST(CachedKind.NODES, "v1", "Node"),
  DATASTORE(CachedKind.STORAGE_CLASSES, "v1", "StorageClass"),
  DISK(CachedKind.PERSISTENT_VOLUME_CLAIMS, "v1", "PersistentVolumeClaim");

  private final CachedKind cached;
  private final String version;
  private final String kind;

  YamlKind(CachedKind cached, String version, String kind) {
    this.cached = cached;
    this.version = version;
    this.kind = kind;
  }

  /** The cache that holds its objects, and whose {@code list} right lets a user read them. */
  public CachedKind cached() {
    return cached;
  }

  /** The kind as the object's {@code kind} field says it. */
  public String kind() {
    return kind;
  }

  /** The object's path in the API, e.g. {@code /apis/kubevirt.io/v1/namespaces/shop/...}. */
  public String path(ResourceKey key) {
    String base =
        cached.group().isEmpty() ? "/api/" + version : "/apis/" + cached.group() + "/" + version;
    String where = cached.namespaced() ? "/namespaces/" + key.namespace() : "";
    return base + where + "/" + cached.resource() + "/" + key.name();
  }

  /** The right to {@code verb} this one object. */
  public AccessRequest access(String verb, ResourceKey key) {
    return new AccessRequest(
        verb,
        cached.group(),
        cached.resource(),
        "",
        cached.namespaced() ? key.namespace() : "",
        key.name());
  }
}
