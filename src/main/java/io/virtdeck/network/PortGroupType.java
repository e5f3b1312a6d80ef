package io.virtdeck.network;

import java.util.Locale;

/** What kind of network a port group is, in the words of its CNI plugin. */
public enum PortGroupType {
  LINUX_BRIDGE,
  OVN_LOCALNET,
  OVN_LAYER2,
  MACVTAP,
  SRIOV,
  OTHER,
  UNKNOWN;

  /** i18n key of its name, e.g. {@code net.type.linux_bridge} = "Linux bridge". */
  public String labelKey() {
    return "net.type." + name().toLowerCase(Locale.ROOT);
  }
}
