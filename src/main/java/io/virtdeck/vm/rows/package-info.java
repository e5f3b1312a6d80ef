@NullMarked
package io.virtdeck.vm.rows;

import org.jspecify.annotations.NullMarked;
