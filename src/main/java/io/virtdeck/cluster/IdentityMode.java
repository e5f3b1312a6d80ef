package io.virtdeck.cluster;

/** How VirtDeck acts as the signed-in user towards the API server. */
public enum IdentityMode {
  /** VirtDeck's service account sends Impersonate-User and Impersonate-Group. */
  IMPERSONATION,
  /** The user's own OIDC token is sent as the bearer token. */
  TOKEN
}
