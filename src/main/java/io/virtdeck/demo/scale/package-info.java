/**
 * The demo cluster at scale: a plan of tens of thousands of VMs with their instances, disks, hosts,
 * port groups and snapshots, written in bulk, and a churn generator that changes them at a set
 * rate.
 */
@NullMarked
package io.virtdeck.demo.scale;

import org.jspecify.annotations.NullMarked;
