package io.virtdeck.cluster;

/**
 * The API server's answer to an access review: allowed, denied, or unknown when it could not be
 * asked (unreachable, too slow, failed). Unknown is never taken as either answer.
 */
public enum Decision {
  ALLOWED,
  DENIED,
  UNKNOWN
}
