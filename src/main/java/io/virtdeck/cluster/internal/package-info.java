@NullMarked
package io.virtdeck.cluster.internal;

import org.jspecify.annotations.NullMarked;
