/** The Networking navigator tree, the port group views and the VM network adapter views. */
@NullMarked
package io.virtdeck.network.ui;

import org.jspecify.annotations.NullMarked;
