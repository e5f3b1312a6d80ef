package io.virtdeck.snapshot;

import io.virtdeck.cluster.AccessRequest;

/** The snapshot actions and what each needs in Kubernetes (in the VM's namespace). */
public enum SnapshotAction {
  TAKE("create", "virtualmachinesnapshots"),
  REVERT("create", "virtualmachinerestores"),
  DELETE("delete", "virtualmachinesnapshots");

  static final String GROUP = "snapshot.kubevirt.io";

  private final String verb;
  private final String resource;

  SnapshotAction(String verb, String resource) {
    this.verb = verb;
    this.resource = resource;
  }

  /** The permission, in all namespaces; narrow it with {@link AccessRequest#in}. */
  public AccessRequest access() {
    return AccessRequest.of(verb, GROUP, resource);
  }
}
