@NullMarked
package io.virtdeck.vm;

import org.jspecify.annotations.NullMarked;
