/**
 * Cluster access: one fabric8 client per configured cluster, one shared informer per resource kind,
 * and read-only caches with a Reactor stream of changes. No Vaadin here.
 */
@NullMarked
package io.virtdeck.cluster;

import org.jspecify.annotations.NullMarked;
