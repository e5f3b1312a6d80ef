package io.virtdeck.provision;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Edit Settings shows and changes of a VM: its vCPU topology, guest memory, run strategy,
 * description (the {@code virtdeck.io/notes} annotation), tags (labels) and custom attributes (the
 * other annotations, without those Edit Settings cannot show as one line). A field the VM does not
 * set is null (CPU and memory of a VM sized by an instance type).
 */
public record VmSettings(
    @Nullable Integer sockets,
    @Nullable Integer cores,
    @Nullable Integer threads,
    @Nullable String memory,
    @Nullable String runStrategy,
    String description,
    Map<String, String> labels,
    Map<String, String> annotations) {

  public VmSettings {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  /** The number of vCPUs: sockets × cores × threads, each 1 when not set. */
  public int vcpus() {
    return orOne(sockets) * orOne(cores) * orOne(threads);
  }

  private static int orOne(@Nullable Integer value) {
    return value == null ? 1 : value;
  }

  boolean cpuChanged(VmSettings other) {
    return !java.util.Objects.equals(sockets, other.sockets)
        || !java.util.Objects.equals(cores, other.cores)
        || !java.util.Objects.equals(threads, other.threads);
  }
}
