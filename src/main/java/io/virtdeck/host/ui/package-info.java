/** The Hosts and Clusters navigator tab, the host page, the Migrate and maintenance dialogs. */
@NullMarked
package io.virtdeck.host.ui;

import org.jspecify.annotations.NullMarked;
