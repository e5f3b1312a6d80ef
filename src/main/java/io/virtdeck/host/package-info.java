/**
 * Hosts (Kubernetes Nodes) as a vSphere admin knows them: their state, capacity and VMs, whether a
 * VM fits on one and why not, live migration (vMotion) and maintenance mode (cordon and drain).
 */
@NullMarked
package io.virtdeck.host;

import org.jspecify.annotations.NullMarked;
