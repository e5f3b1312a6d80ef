package io.virtdeck.task;

import io.virtdeck.cluster.ResourceKey;

/** An operation whose target is one virtual machine. */
public abstract class VmOperation implements Operation {

  protected final ResourceKey vm;

  protected VmOperation(ResourceKey vm) {
    this.vm = vm;
  }

  @Override
  public final ResourceKey target() {
    return vm;
  }

  @Override
  public final String targetKind() {
    return "VirtualMachine";
  }
}
