/** The application shell (header, navigator, Recent Tasks) and shared UI helpers. */
@NullMarked
package io.virtdeck.ui;

import org.jspecify.annotations.NullMarked;
