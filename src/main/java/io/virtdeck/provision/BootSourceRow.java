package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;

/**
 * A boot source (a CDI DataSource of the boot-image list): where it is, the preference and instance
 * type it suggests (labels {@code instancetype.kubevirt.io/default-*}), the size of its image (""
 * when the user may not read it) and whether it is ready to clone from.
 */
public record BootSourceRow(
    ResourceKey key, String preference, String instanceType, String size, boolean ready) {}
