package io.virtdeck.demo.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A request for one of a VMI's console subresources.
 *
 * @param namespace the VMI's namespace
 * @param name the VMI's name
 * @param kind {@code vnc}, {@code console} or {@code vnc/screenshot}
 * @param preserveSession whether the query asked not to drop an existing session
 */
record ConsolePath(String namespace, String name, String kind, boolean preserveSession) {

  static final String VNC = "vnc";
  static final String SERIAL = "console";
  static final String SCREENSHOT = "vnc/screenshot";

  private static final Pattern PATH =
      Pattern.compile(
          "/apis/subresources\\.kubevirt\\.io/v1/namespaces/([^/]+)/virtualmachineinstances/"
              + "([^/]+)/(vnc|console|vnc/screenshot)/?");

  /** The console request of {@code pathWithQuery}, or null when it is none. */
  static @Nullable ConsolePath parse(String pathWithQuery) {
    int query = pathWithQuery.indexOf('?');
    String path = query < 0 ? pathWithQuery : pathWithQuery.substring(0, query);
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return null;
    }
    String params = query < 0 ? "" : "&" + pathWithQuery.substring(query + 1) + "&";
    return new ConsolePath(
        m.group(1), m.group(2), m.group(3), params.contains("&preserveSession=true&"));
  }

  /** The API path of the VMI itself. */
  String vmiPath() {
    return "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachineinstances/" + name;
  }

  String vmPath() {
    return "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachines/" + name;
  }

  /** One session per VMI and kind. */
  String sessionKey() {
    return namespace + "/" + name + "/" + kind;
  }
}
