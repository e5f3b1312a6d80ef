/**
 * The embedded demo cluster: a Kubernetes API on a local port, seeded with an inventory and driven
 * by a simulated KubeVirt controller. The rest of VirtDeck reaches it like any cluster.
 */
@NullMarked
package io.virtdeck.demo;

import org.jspecify.annotations.NullMarked;
