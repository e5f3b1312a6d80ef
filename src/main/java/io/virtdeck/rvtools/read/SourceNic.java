package io.virtdeck.rvtools.read;

/** A network adapter of the source estate, from vNetwork (or vInfo's Network #n). */
public record SourceNic(String vm, String label, String network, String adapter, String mac) {}
