package io.virtdeck.demo.prometheus;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the demo Prometheus knows of the demo cluster: running VMs, VMs, hosts. */
interface DemoObjects {

  /** Every running VM instance. */
  Collection<RunningVmi> running();

  /** The running instance of {@code namespace/name}, or null. */
  @Nullable RunningVmi running(String namespace, String name);

  /** Whether the VM {@code namespace/name} exists (running or not). */
  boolean vmExists(String namespace, String name);

  /** The names of the cluster's nodes. */
  Set<String> nodes();

  /**
   * VMs whose {@value DemoAlerts#ANNOTATION} annotation asks for an alert: {@code namespace/name}
   * to the annotation's value.
   */
  Map<String, String> requestedAlerts();
}
