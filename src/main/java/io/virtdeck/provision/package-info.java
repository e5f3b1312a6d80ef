/**
 * A VM's whole life beyond power and devices: Edit Settings (CPU, memory, run strategy, notes,
 * labels and annotations as JSON patches of just the changed paths), Delete from Disk, the New
 * Virtual Machine wizard's manifests (instance types, preferences, boot sources, cloud-init
 * Secrets), templates, clones ({@code VirtualMachineClone}) and an object's YAML, each as tasks
 * sent as the signed-in user.
 */
@NullMarked
package io.virtdeck.provision;

import org.jspecify.annotations.NullMarked;
