/** Demo cluster: a small simulated KubeVirt controller that makes VMs boot and stop. */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.sim;
