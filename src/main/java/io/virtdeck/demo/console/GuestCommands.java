package io.virtdeck.demo.console;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The answers of the demo guest's shell to the commands it knows. */
final class GuestCommands {

  private GuestCommands() {}

  /** The output of {@code command} (empty or ending with a line end). */
  static String answer(String command, String user, GuestFacts facts, Clock clock) {
    String[] words = command.split("\\s+");
    String args = command.substring(words[0].length()).strip();
    return switch (words[0]) {
      case "", "exit", "logout" -> "";
      case "hostname" -> facts.name() + "\r\n";
      case "whoami" -> user + "\r\n";
      case "uname" ->
          (args.equals("-a")
                  ? "Linux " + facts.name() + " " + facts.kernel() + " #1 SMP x86_64 GNU/Linux"
                  : "Linux")
              + "\r\n";
      case "ip" -> args.startsWith("a") ? addresses(facts) : "Usage: ip a\r\n";
      case "df" -> disks(facts);
      case "uptime" -> uptime(facts, clock);
      case "echo" -> args + "\r\n";
      case "clear" -> LineShell.CLEAR;
      case "help" ->
          "Commands: hostname, uname -a, ip a, df -h, uptime, whoami, echo, clear, exit\r\n";
      default -> "-bash: " + words[0] + ": command not found\r\n";
    };
  }

  private static String addresses(GuestFacts facts) {
    var out = new StringBuilder();
    out.append("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN\r\n");
    out.append("    inet 127.0.0.1/8 scope host lo\r\n");
    for (int i = 0; i < facts.addresses().size(); i++) {
      out.append(i + 2).append(": eth").append(i).append(": <BROADCAST,MULTICAST,UP,LOWER_UP>");
      out.append(" mtu 1500 state UP\r\n");
      String address = facts.addresses().get(i);
      if (!address.isEmpty()) {
        out.append("    inet ").append(address).append("/24 scope global eth").append(i);
        out.append("\r\n");
      }
    }
    return out.toString();
  }

  private static String disks(GuestFacts facts) {
    var out = new StringBuilder("Filesystem      Size  Used Avail Use% Mounted on\r\n");
    for (int i = 0; i < facts.disks().size(); i++) {
      GuestFacts.Disk disk = facts.disks().get(i);
      double gib = Sizes.gib(disk.size());
      String mount = i == 0 ? "/" : "/mnt/" + disk.volume();
      out.append(
          String.format(
              Locale.ROOT,
              "/dev/vd%c1      %4s  %4s  %4s  %2d%% %s\r\n",
              (char) ('a' + Math.min(i, 25)),
              Sizes.human(gib),
              Sizes.human(gib * 0.23),
              Sizes.human(gib * 0.77),
              23,
              mount));
    }
    return out.toString();
  }

  private static String uptime(GuestFacts facts, Clock clock) {
    Duration up = Duration.between(facts.started(), clock.instant());
    if (up.isNegative()) {
      up = Duration.ZERO;
    }
    String time =
        DateTimeFormatter.ofPattern("HH:mm:ss").format(clock.instant().atOffset(ZoneOffset.UTC));
    String length =
        up.toHours() > 0
            ? String.format(Locale.ROOT, "%d:%02d", up.toHours(), up.toMinutesPart())
            : up.toMinutes() + " min";
    return " " + time + " up " + length + ",  1 user,  load average: 0.08, 0.03, 0.01\r\n";
  }
}
