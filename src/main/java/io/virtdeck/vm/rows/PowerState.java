package io.virtdeck.vm.rows;

/** A VM's power state in vSphere terms. */
public enum PowerState {
  POWERED_ON,
  POWERED_OFF,
  SUSPENDED,
  STARTING,
  STOPPING
}
