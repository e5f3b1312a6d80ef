package io.virtdeck.console;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.UserIdentity;
import org.springframework.stereotype.Component;

/** Whether a user may open a VM's console, asked of the API server as the user. */
@Component
public class ConsoleAccess {

  private final AccessReviews access;

  public ConsoleAccess(AccessReviews access) {
    this.access = access;
  }

  public boolean permitted(UserIdentity user, String namespace, String name, ConsoleKind kind) {
    return access.allowed(
        user, ConsoleSocketHandler.permission(new ConsoleTarget(namespace, name, kind, false)));
  }

  /** The API path of the console, for "Show me the Kubernetes". */
  public static String apiPath(String namespace, String name, ConsoleKind kind) {
    return new ConsoleTarget(namespace, name, kind, true).apiPath();
  }
}
