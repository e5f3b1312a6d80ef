package io.virtdeck.vm.ui;

import io.virtdeck.vm.rows.PowerState;

/** A node of the VMs and Templates tree: the datacenter, a folder (namespace), or a VM. */
record InventoryNode(Type type, String namespace, String name, int count, PowerState power) {

  enum Type {
    DATACENTER,
    FOLDER,
    VM
  }

  String id() {
    return type + "/" + namespace + "/" + name;
  }
}
