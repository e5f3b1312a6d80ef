/** Code Capture's Record button in the header and its script panel. */
@NullMarked
package io.virtdeck.capture.ui;

import org.jspecify.annotations.NullMarked;
