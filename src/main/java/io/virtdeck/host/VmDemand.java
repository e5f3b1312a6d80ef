package io.virtdeck.host;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a running VM asks of its host: memory (the guest memory, or the memory request) and CPU (the
 * CPU request, or KubeVirt's default of 100m per vCPU, cpuAllocationRatio 10).
 */
public record VmDemand(long cpuMillis, long memoryBytes) {

  static final long MILLIS_PER_VCPU = 100;

  public static VmDemand of(VirtualMachineInstance vmi) {
    VmiSpec spec = vmi.getSpec();
    VmiSpec.@Nullable Domain domain = spec == null ? null : spec.domain;
    if (domain == null) {
      return new VmDemand(0, 0);
    }
    @Nullable Map<String, Object> requests =
        domain.resources == null ? null : domain.resources.requests;
    long memory =
        domain.memory != null && domain.memory.guest != null
            ? KubeValues.bytes(domain.memory.guest)
            : requests != null && requests.get("memory") != null
                ? KubeValues.bytes(String.valueOf(requests.get("memory")))
                : 0;
    long cpu =
        requests != null && requests.get("cpu") != null
            ? millis(String.valueOf(requests.get("cpu")))
            : vcpus(domain.cpu) * MILLIS_PER_VCPU;
    return new VmDemand(cpu, memory);
  }

  static long vcpus(VmiSpec.@Nullable Cpu cpu) {
    if (cpu == null) {
      return 1;
    }
    return (long) orOne(cpu.sockets) * orOne(cpu.cores) * orOne(cpu.threads);
  }

  /** A CPU quantity ("2", "500m", "1.5") in millicores. */
  static long millis(String quantity) {
    String q = quantity.strip();
    if (q.endsWith("m")) {
      return Long.parseLong(q.substring(0, q.length() - 1));
    }
    return Math.round(Double.parseDouble(q) * 1000);
  }

  private static int orOne(@Nullable Integer value) {
    return value == null || value < 1 ? 1 : value;
  }
}
