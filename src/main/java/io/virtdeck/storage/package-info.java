/**
 * Datastores (StorageClasses) and virtual disks (PVCs and DataVolumes): their rows and capacity,
 * which VM owns a disk, and the disk operations (add, attach, detach, expand, delete).
 */
@NullMarked
package io.virtdeck.storage;

import org.jspecify.annotations.NullMarked;
