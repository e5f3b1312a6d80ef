package io.virtdeck.rvtools.plan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What KubeVirt makes of a guest OS as vSphere names it: runs with virtio (Linux of the last ten
 * years has the drivers; Forklift's virt-v2v installs them into Windows Server 2016 and later,
 * Windows 10 and 11), needs drivers prepared by hand (older Windows and Linux that virt-v2v still
 * converts), or cannot move (guests virt-v2v cannot convert).
 */
public enum GuestOsSupport {
  VIRTIO,
  NEEDS_DRIVERS,
  UNSUPPORTED,
  UNKNOWN;

  private record Rule(Pattern pattern, GuestOsSupport support) {}

  // first match wins: the specific old versions before the families
  private static final List<Rule> RULES =
      List.of(
          rule("windows (server )?(2000|2003|xp|nt|vista|98|95)", UNSUPPORTED),
          rule(
              "windows (server )?2008|windows 7|windows 8|windows server 2012(?! r2)",
              NEEDS_DRIVERS),
          rule("windows server 2012 r2", NEEDS_DRIVERS),
          rule("windows (server )?(2016|2019|2022|2025)|windows 1[01]", VIRTIO),
          rule("(red hat enterprise linux|centos|oracle linux) [2-5]\\b", UNSUPPORTED),
          rule(
              "(red hat enterprise linux|centos|oracle linux) 6\\b|suse linux enterprise 1[01]\\b",
              NEEDS_DRIVERS),
          rule(
              "red hat enterprise linux|centos|rocky|alma|oracle linux|fedora|ubuntu|debian|suse|sles|photon|amazon linux",
              VIRTIO),
          rule("other 2\\.6|other 3\\.x|other 4\\.x|other 5\\.x|other linux", NEEDS_DRIVERS),
          rule("solaris|freebsd|netware|os/2|dos|sco|darwin|mac os|other \\(|other$", UNSUPPORTED),
          rule("windows", NEEDS_DRIVERS));

  private static Rule rule(String regex, GuestOsSupport support) {
    return new Rule(Pattern.compile(regex), support);
  }

  public static GuestOsSupport of(String guestOs) {
    String os = guestOs.toLowerCase(Locale.ROOT).strip();
    if (os.isEmpty()) {
      return UNKNOWN;
    }
    return RULES.stream()
        .filter(r -> r.pattern().matcher(os).find())
        .map(Rule::support)
        .findFirst()
        .orElse(UNKNOWN);
  }
}
