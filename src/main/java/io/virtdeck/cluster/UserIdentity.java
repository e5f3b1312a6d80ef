package io.virtdeck.cluster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a request is made for: the signed-in user's Kubernetes name and groups (impersonation mode),
 * or their own bearer token (token pass-through mode).
 */
public record UserIdentity(String username, List<String> groups, @Nullable String bearerToken) {

  public UserIdentity {
    groups = List.copyOf(groups);
  }

  public static UserIdentity of(String username, List<String> groups) {
    return new UserIdentity(username, groups, null);
  }

  @Override
  public String toString() {
    return username + groups; // never the token
  }
}
