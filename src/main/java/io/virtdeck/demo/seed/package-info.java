/** Demo cluster: the seeded inventory (nodes, storage, networks, VMs, disks, snapshots). */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.seed;
