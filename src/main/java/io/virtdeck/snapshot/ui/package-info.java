/** The Snapshots tab of a VM, its dialogs, and the snapshot list across the inventory. */
@NullMarked
package io.virtdeck.snapshot.ui;

import org.jspecify.annotations.NullMarked;
