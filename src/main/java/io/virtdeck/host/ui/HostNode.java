package io.virtdeck.host.ui;

import io.virtdeck.cluster.ResourceKey;

/** A node of the Hosts and Clusters tree: the datacenter, the cluster, a host, or a VM on it. */
record HostNode(Type type, String namespace, String name) {

  enum Type {
    DATACENTER,
    CLUSTER,
    HOST,
    VM,
    LOADING
  }

  static final HostNode DATACENTER = new HostNode(Type.DATACENTER, "", "");
  static final HostNode CLUSTER = new HostNode(Type.CLUSTER, "", "");

  static HostNode host(String name) {
    return new HostNode(Type.HOST, "", name);
  }

  static HostNode vm(ResourceKey key, String host) {
    return new HostNode(Type.VM, key.namespace() + "@" + host, key.name());
  }

  static HostNode loading(String host) {
    return new HostNode(Type.LOADING, "", host);
  }

  /** The VM of a VM node (namespace and name); for other nodes an empty namespace. */
  ResourceKey vmKey() {
    int at = namespace.indexOf('@');
    return new ResourceKey(at < 0 ? "" : namespace.substring(0, at), name);
  }

  String id() {
    return switch (type) {
      case DATACENTER -> "datacenter";
      case CLUSTER -> "cluster";
      case HOST -> "host/" + name;
      case VM -> "vm/" + vmKey();
      case LOADING -> "loading/" + name;
    };
  }
}
