/**
 * The Snapshot Manager: a VM's VirtualMachineSnapshots as a tree (restores make branches), and
 * taking, reverting to (a VirtualMachineRestore) and deleting snapshots as operations run as the
 * user.
 */
@NullMarked
package io.virtdeck.snapshot;

import org.jspecify.annotations.NullMarked;
