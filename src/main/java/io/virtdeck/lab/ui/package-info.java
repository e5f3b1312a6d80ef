/** The Labs page: the labs, their steps ticked live, hints, and the reset for administrators. */
@NullMarked
package io.virtdeck.lab.ui;

import org.jspecify.annotations.NullMarked;
