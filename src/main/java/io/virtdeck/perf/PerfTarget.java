package io.virtdeck.perf;

/** What a chart is of: a VM, a host, a folder (namespace) or the whole datacenter. */
public sealed interface PerfTarget {

  record Vm(String namespace, String name) implements PerfTarget {}

  record Host(String name) implements PerfTarget {}

  record Folder(String namespace) implements PerfTarget {}

  record Datacenter() implements PerfTarget {}
}
