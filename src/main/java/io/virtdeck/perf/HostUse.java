package io.virtdeck.perf;

/** What the VMs on a host use now: CPU cores and resident memory bytes. */
public record HostUse(String host, double cpuCores, double memoryBytes) {}
