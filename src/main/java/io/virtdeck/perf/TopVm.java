package io.virtdeck.perf;

/** One of the top consumers: a VM and its current use in the unit of its {@link TopMetric}. */
public record TopVm(String namespace, String name, double value) {}
