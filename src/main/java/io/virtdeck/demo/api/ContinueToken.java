package io.virtdeck.demo.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The {@code continue} token of a paged list, opaque to clients as a real API server's: the
 * resourceVersion of the first page (which every later page reports too, so that a watch from it
 * misses nothing) and the sort key of the last item returned; the next page starts after that key.
 * Objects created, changed or deleted meanwhile show up in later pages in their current state.
 *
 * @param resourceVersion the list's resourceVersion, from its first page
 * @param lastKey the {@code namespace/name} of the last item returned so far
 * @param remaining the {@code remainingItemCount} sent with the page that returned this token (0:
 *     not counted, when the list had selectors)
 */
record ContinueToken(long resourceVersion, String lastKey, long remaining) {

  /** The token as sent to the client (base64url, safe in JSON and query strings). */
  String encode() {
    String plain = resourceVersion + ":" + remaining + ":" + lastKey;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The token sent by a client; null when it is not one of ours. */
  static @Nullable ContinueToken decode(String token) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      int second = plain.indexOf(':', colon + 1);
      if (colon <= 0 || second <= colon + 1 || plain.indexOf('/', second) < 0) {
        return null;
      }
      return new ContinueToken(
          Long.parseLong(plain.substring(0, colon)),
          plain.substring(second + 1),
          Long.parseLong(plain.substring(colon + 1, second)));
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
  }
}
