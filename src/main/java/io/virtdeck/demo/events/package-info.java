/** Kubernetes Events recorded by the demo cluster's simulated KubeVirt components. */
@NullMarked
package io.virtdeck.demo.events;

import org.jspecify.annotations.NullMarked;
