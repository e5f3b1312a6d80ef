package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;

/**
 * A VM's snapshots at a glance, for the list across the inventory: how many, the oldest and newest,
 * their known size in total (-1 when none is known), and how many failed.
 */
public record SnapshotOverview(
    ResourceKey vm, int count, Instant oldest, Instant newest, long sizeBytes, int failed) {}
