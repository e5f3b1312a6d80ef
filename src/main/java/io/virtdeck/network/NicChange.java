package io.virtdeck.network;

import java.util.Locale;

/** The changes VirtDeck makes to a VM's network adapters. */
public enum NicChange {
  /** Interface and network added; hot-plugged into a running VM where KubeVirt can. */
  ADD,
  /** Interface marked {@code state: absent}: hot-unplugged from the running VM. */
  UNPLUG,
  /** Interface and network removed from the spec: gone at the next start. */
  REMOVE,
  /** The network pointed at another port group: takes effect at the next restart. */
  RECONNECT;

  public String titleKey() {
    return "net.task." + name().toLowerCase(Locale.ROOT) + "_nic";
  }
}
