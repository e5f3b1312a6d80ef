package io.virtdeck.vm.rows;

/**
 * A virtual disk of a VM: {@code type} is disk, cdrom or lun; {@code source} names the claim,
 * DataVolume or image behind it; {@code size} and {@code storageClass} are empty when unknown;
 * {@code bootOrder} is 0 when not set.
 */
public record VmDisk(
    String name,
    String type,
    String bus,
    String sourceKind,
    String source,
    String size,
    String storageClass,
    int bootOrder,
    boolean hotplugged) {}
