/**
 * The demo cluster's authorizer: Kubernetes RBAC evaluated from a cached snapshot of the stored
 * Roles, ClusterRoles and their bindings, for requests that impersonate a user.
 */
@org.jspecify.annotations.NullMarked
package io.virtdeck.demo.api.authz;
