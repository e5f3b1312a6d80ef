@NullMarked
package io.virtdeck.vm.power;

import org.jspecify.annotations.NullMarked;
