package io.virtdeck.network;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Input checks made before anything is sent, each failure a sentence for the user: DNS-1123 names,
 * VLAN and MTU ranges, NIC names and MAC addresses.
 */
public final class NetworkChecks {

  public static final int VLAN_MIN = 1;
  public static final int VLAN_MAX = 4094;
  public static final int MTU_MIN = 576;
  public static final int MTU_MAX = 9216;

  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern MAC =
      Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}");

  private NetworkChecks() {}

  /** A DNS-1123 label (port group and NIC names): lower case, digits, '-', at most 63. */
  public static List<Message> name(String what, String name) {
    if (name.isEmpty()) {
      return List.of(Message.of("net.invalid.name-empty", what));
    }
    if (name.length() > 63) {
      return List.of(Message.of("net.invalid.name-long", what, name));
    }
    if (!DNS_1123_LABEL.matcher(name).matches()) {
      return List.of(Message.of("net.invalid.name", what, name));
    }
    return List.of();
  }

  /** A VLAN ID: 0 means none, else 1-4094. */
  public static List<Message> vlan(int vlan) {
    return vlan == 0 || (vlan >= VLAN_MIN && vlan <= VLAN_MAX)
        ? List.of()
        : List.of(Message.of("net.invalid.vlan", String.valueOf(vlan)));
  }

  /** An MTU: 0 means the default, else 576-9216. */
  public static List<Message> mtu(int mtu) {
    return mtu == 0 || (mtu >= MTU_MIN && mtu <= MTU_MAX)
        ? List.of()
        : List.of(Message.of("net.invalid.mtu", String.valueOf(mtu)));
  }

  /** The bridge or physical network a new port group attaches to. */
  public static List<Message> network(String network) {
    if (network.isBlank()) {
      return List.of(Message.of("net.invalid.network-empty"));
    }
    return network.length() > 15 || !network.matches("[A-Za-z0-9_.-]+")
        ? List.of(Message.of("net.invalid.network", network))
        : List.of();
  }

  /** A new NIC: its name free among the VM's NICs, its MAC (optional) well formed and unused. */
  public static List<Message> nic(
      String name, String mac, Collection<String> nicNames, Collection<String> macsInUse) {
    List<Message> problems = new ArrayList<>(name("NIC", name));
    if (nicNames.contains(name)) {
      problems.add(Message.of("net.invalid.nic-duplicate", name));
    }
    problems.addAll(mac(mac, macsInUse));
    return List.copyOf(problems);
  }

  /** A MAC address: empty (assigned by KubeVirt) or six hex pairs, unicast, not already used. */
  public static List<Message> mac(String mac, Collection<String> macsInUse) {
    if (mac.isEmpty()) {
      return List.of();
    }
    if (!MAC.matcher(mac).matches()) {
      return List.of(Message.of("net.invalid.mac", mac));
    }
    if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) == 1) {
      return List.of(Message.of("net.invalid.mac-multicast", mac));
    }
    String normalized = normalize(mac);
    return macsInUse.stream().map(NetworkChecks::normalize).anyMatch(normalized::equals)
        ? List.of(Message.of("net.invalid.mac-duplicate", mac))
        : List.of();
  }

  static String normalize(String mac) {
    return mac.replace('-', ':').toLowerCase(Locale.ROOT);
  }
}
