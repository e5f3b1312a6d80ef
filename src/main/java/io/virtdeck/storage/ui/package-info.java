/** The Storage navigator tree, the datastore view and a VM's disks in Configure. */
@NullMarked
package io.virtdeck.storage.ui;

import org.jspecify.annotations.NullMarked;
