package io.virtdeck.host;

import io.virtdeck.cluster.ResourceKey;

/** A VM on a host as the host's VMs tab shows it; {@code migration} is empty when none runs. */
public record HostVm(ResourceKey key, long cpuMillis, long memoryBytes, String migration) {}
