@NullMarked
package io.virtdeck.vm.table;

import org.jspecify.annotations.NullMarked;
