/**
 * Guided labs: exercises read from YAML files (on the classpath and in a folder setting), each step
 * with a condition checked live against the shared caches in the user's scope, and a cluster reset
 * to its starting inventory where the cluster offers one ({@link io.virtdeck.lab.ClusterReset}).
 */
@NullMarked
package io.virtdeck.lab;

import org.jspecify.annotations.NullMarked;
