package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.RecordedRequest;
import io.virtdeck.demo.api.authz.Identity;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads the impersonation and bearer-token headers of a request. */
final class Impersonation {

  static final String USER = "Impersonate-User";
  static final String GROUP = "Impersonate-Group";

  private Impersonation() {}

  /** The impersonated identity, or null for a request as VirtDeck's own (unrestricted) user. */
  static @Nullable Identity of(RecordedRequest request) {
    String user = request.getHeader(USER);
    if (user == null || user.isEmpty()) {
      return null;
    }
    return Identity.impersonated(user, groups(request));
  }

  /** The {@code Impersonate-Group} header values, in order. */
  static List<String> groups(RecordedRequest request) {
    List<String> groups = request.getHeaders() == null ? null : request.getHeaders().headers(GROUP);
    return Objects.requireNonNullElse(groups, List.<String>of());
  }

  /** The bearer token of the {@code Authorization} header, or null. */
  static @Nullable String bearerToken(RecordedRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }
}
