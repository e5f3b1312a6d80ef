package io.virtdeck.demo.api.authz;

import java.util.ArrayList;
import java.util.List;

/**
 * The user a request acts as: the impersonated user name and its groups, including the groups the
 * API server adds ({@code system:authenticated}, or {@code system:unauthenticated} for {@code
 * system:anonymous}).
 */
public record Identity(String username, List<String> groups) {

  /** The name of the anonymous user. */
  public static final String ANONYMOUS = "system:anonymous";

  /** Copies the groups. */
  public Identity {
    groups = List.copyOf(groups);
  }

  /**
   * The identity of a request carrying {@code Impersonate-User: username} and the given {@code
   * Impersonate-Group} headers, with the implied group added as the API server does.
   */
  public static Identity impersonated(String username, List<String> groups) {
    var all = new ArrayList<>(groups);
    String implied = username.equals(ANONYMOUS) ? "system:unauthenticated" : "system:authenticated";
    if (!all.contains(implied)) {
      all.add(implied);
    }
    return new Identity(username, all);
  }
}
