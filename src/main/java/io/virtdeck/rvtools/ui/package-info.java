/** The Export… dialog of the VM list (and later the migration planner's page). */
@NullMarked
package io.virtdeck.rvtools.ui;

import org.jspecify.annotations.NullMarked;
