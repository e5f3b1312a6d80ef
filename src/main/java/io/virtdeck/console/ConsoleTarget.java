package io.virtdeck.console;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The console a browser asks for: {@code /console-ws/{namespace}/{name}/{vnc|serial}}, with {@code
 * ?takeOver=true} to drop another user's VNC session instead of being refused.
 */
public record ConsoleTarget(String namespace, String name, ConsoleKind kind, boolean takeOver) {

  /** Where VirtDeck's console WebSocket listens. */
  public static final String PREFIX = "/console-ws/";

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

  /** The target of a WebSocket request's path and query; empty when they name none. */
  static Optional<ConsoleTarget> parse(
      String path, @org.jspecify.annotations.Nullable String query) {
    if (!path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = path.substring(PREFIX.length()).split("/", -1);
    if (parts.length != 3
        || !DNS_LABEL.matcher(parts[0]).matches()
        || !DNS_SUBDOMAIN.matcher(parts[1]).matches()) {
      return Optional.empty();
    }
    boolean takeOver = query != null && ("&" + query + "&").contains("&takeOver=true&");
    return ConsoleKind.ofUrlName(parts[2])
        .map(kind -> new ConsoleTarget(parts[0], parts[1], kind, takeOver));
  }

  /** The browser's path to this console. */
  public static String browserPath(String namespace, String name, ConsoleKind kind) {
    return PREFIX + namespace + "/" + name + "/" + kind.urlName();
  }

  /** The API path of the subresource; VNC asks to keep an existing session unless taking over. */
  public String apiPath() {
    String path =
        "/apis/subresources.kubevirt.io/v1/namespaces/"
            + namespace
            + "/virtualmachineinstances/"
            + name
            + "/"
            + kind.subresource();
    return kind == ConsoleKind.VNC && !takeOver ? path + "?preserveSession=true" : path;
  }

  /** For audit lines and logs. */
  public String describe() {
    return namespace + "/" + name + " (" + kind.subresource() + ")";
  }
}
