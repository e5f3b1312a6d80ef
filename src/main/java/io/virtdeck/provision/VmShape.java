package io.virtdeck.provision;

import org.jspecify.annotations.Nullable;

/**
 * How a VM holds what Edit Settings changes, read with its settings: where its memory is set, the
 * hot-plug limits KubeVirt honours ({@code maxSockets}, {@code maxGuest}), its instance type, and
 * which parent objects exist (so a patch adds a missing one rather than a field under it).
 */
public record VmShape(
    String resourceVersion,
    boolean running,
    @Nullable String instanceType,
    @Nullable Integer maxSockets,
    @Nullable String maxGuest,
    MemoryField memoryField,
    boolean usesRunningField,
    boolean hasDomain,
    boolean hasCpu,
    boolean hasMemory,
    boolean hasResourceRequests,
    boolean hasLabels,
    boolean hasAnnotations) {

  /** Where the VM's memory size is written. */
  public enum MemoryField {
    /** {@code domain.memory.guest}. */
    GUEST,
    /** Only {@code domain.resources.requests.memory}. */
    REQUESTS,
    /** Neither: none is set (an instance type sets it, or KubeVirt's default applies). */
    NONE
  }

  /** Whether CPU and memory come from an instance type (and cannot be edited here). */
  public boolean typed() {
    return instanceType != null;
  }
}
