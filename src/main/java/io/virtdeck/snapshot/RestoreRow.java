package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One VirtualMachineRestore: the VM it restores into, the snapshot, when it completed (null while
 * it has not), and its failure message (empty unless it failed).
 */
public record RestoreRow(
    ResourceKey key,
    ResourceKey vm,
    String snapshot,
    @Nullable Instant restored,
    boolean complete,
    String failure) {}
