/**
 * The embedded Kubernetes API of VirtDeck's demo cluster: fabric8's CRUD mock server fronted by
 * discovery, OpenAPI and error documents so that fabric8 clients and kubectl work against it.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.api;
