@NullMarked
package io.virtdeck.security.ui;

import org.jspecify.annotations.NullMarked;
