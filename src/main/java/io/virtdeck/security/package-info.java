/**
 * Sign-in (OIDC, or the demo cluster's accounts), session hardening, the signed-in user's
 * Kubernetes identity, and the audit log.
 */
@NullMarked
package io.virtdeck.security;

import org.jspecify.annotations.NullMarked;
