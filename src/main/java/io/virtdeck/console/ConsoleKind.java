package io.virtdeck.console;

import java.util.Optional;

/** The two consoles of a VM and the VMI subresource behind each. */
public enum ConsoleKind {
  VNC("vnc", "vnc"),
  SERIAL("serial", "console");

  private final String urlName;
  private final String subresource;

  ConsoleKind(String urlName, String subresource) {
    this.urlName = urlName;
    this.subresource = subresource;
  }

  /** The name in VirtDeck's WebSocket URL. */
  public String urlName() {
    return urlName;
  }

  /** The VMI subresource in {@code subresources.kubevirt.io}. */
  public String subresource() {
    return subresource;
  }

  /** The {@code virtctl} command that opens this console. */
  public String virtctl(String namespace, String name) {
    return "virtctl " + (this == VNC ? "vnc" : "console") + " " + name + " -n " + namespace;
  }

  static Optional<ConsoleKind> ofUrlName(String urlName) {
    for (ConsoleKind kind : values()) {
      if (kind.urlName.equals(urlName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
