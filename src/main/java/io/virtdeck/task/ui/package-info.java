@NullMarked
package io.virtdeck.task.ui;

import org.jspecify.annotations.NullMarked;
