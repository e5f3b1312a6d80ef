@NullMarked
package io.virtdeck.vm.ui;

import org.jspecify.annotations.NullMarked;
