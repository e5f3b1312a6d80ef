@NullMarked
package io.virtdeck.cluster.model;

import org.jspecify.annotations.NullMarked;
