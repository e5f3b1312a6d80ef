package io.virtdeck.network.ui;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.PortGroup;
import org.jspecify.annotations.Nullable;

/** A node of the Networking tree: "VM Network", a namespace folder, or a port group. */
record NetNode(Type type, String namespace, String name, @Nullable PortGroup group) {

  enum Type {
    POD_NETWORK,
    FOLDER,
    PORT_GROUP
  }

  static final NetNode POD = new NetNode(Type.POD_NETWORK, "", "", null);

  static NetNode folder(String namespace) {
    return new NetNode(Type.FOLDER, namespace, namespace, null);
  }

  static NetNode of(PortGroup group) {
    return new NetNode(Type.PORT_GROUP, group.namespace(), group.name(), group);
  }

  ResourceKey key() {
    return new ResourceKey(namespace, name);
  }

  String id() {
    return type + "/" + namespace + "/" + name;
  }
}
