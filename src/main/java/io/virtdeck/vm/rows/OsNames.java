package io.virtdeck.vm.rows;

import java.util.Locale;
import java.util.Map;

/**
 * Readable names for the OS ids KubeVirt templates and preferences use ({@code rhel9}, {@code
 * windows.2k22}, ...), shown until the guest agent reports the real one.
 */
final class OsNames {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("rhel8", "Red Hat Enterprise Linux 8"),
          Map.entry("rhel9", "Red Hat Enterprise Linux 9"),
          Map.entry("rhel10", "Red Hat Enterprise Linux 10"),
          Map.entry("centosstream9", "CentOS Stream 9"),
          Map.entry("fedora", "Fedora Linux"),
          Map.entry("ubuntu", "Ubuntu"),
          Map.entry("debian", "Debian"),
          Map.entry("opensuse", "openSUSE"),
          Map.entry("windows2k16", "Windows Server 2016"),
          Map.entry("windows2k19", "Windows Server 2019"),
          Map.entry("windows2k22", "Windows Server 2022"),
          Map.entry("windows2k25", "Windows Server 2025"),
          Map.entry("windows10", "Windows 10"),
          Map.entry("windows11", "Windows 11"));

  private OsNames() {}

  /** "rhel.9", "rhel9" read "Red Hat Enterprise Linux 9"; unknown ids stay as they are. */
  static String readable(String id) {
    String key = id.toLowerCase(Locale.ROOT).replace(".", "");
    if (key.startsWith("win") && !key.startsWith("windows")) {
      key = "windows" + key.substring(3);
    }
    return NAMES.getOrDefault(key, id);
  }
}
