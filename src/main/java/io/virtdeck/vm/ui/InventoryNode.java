package io.virtdeck.vm.ui;

import io.virtdeck.vm.rows.PowerState;

/**
 * A node of the VMs and Templates tree: the datacenter, a folder (namespace), or a VM ({@code
 * template} when it is one).
 */
record InventoryNode(
    Type type, String namespace, String name, int count, PowerState power, boolean template) {

  InventoryNode(Type type, String namespace, String name, int count, PowerState power) {
    this(type, namespace, name, count, power, false);
  }

  enum Type {
    DATACENTER,
    FOLDER,
    VM
  }

  String id() {
    return type + "/" + namespace + "/" + name;
  }
}
