package io.virtdeck.snapshot;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Snapshot names: the default offered, and the checks (DNS-1123 subdomain) made before sending. */
public final class SnapshotNames {

  /** The longest name Kubernetes accepts for a DNS-1123 subdomain. */
  public static final int MAX_LENGTH = 253;

  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private SnapshotNames() {}

  /** {@code <vm>-snapshot-<yyyyMMdd-HHmmss>} in UTC. */
  public static String defaultName(String vm, Instant now) {
    String name = vm + "-snapshot-" + STAMP.format(now);
    return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
  }

  /**
   * Why a name cannot be used (an i18n key), or empty when it can.
   *
   * @param taken the names of the snapshots that exist in the VM's namespace
   */
  public static Optional<String> problem(String name, Collection<String> taken) {
    if (name.isBlank()) {
      return Optional.of("snapshot.name.required");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("snapshot.name.too-long");
    }
    if (!DNS_1123_SUBDOMAIN.matcher(name).matches()) {
      return Optional.of("snapshot.name.invalid");
    }
    if (taken.contains(name)) {
      return Optional.of("snapshot.name.taken");
    }
    return Optional.empty();
  }

  /** A restore's name for a snapshot: {@code restore-<snapshot>-<time>} within 253 characters. */
  static String restoreName(String snapshot, Instant now) {
    String suffix = "-" + Long.toString(now.toEpochMilli(), 36);
    String head = "restore-" + snapshot;
    head = head.substring(0, Math.min(head.length(), MAX_LENGTH - suffix.length()));
    return head.replaceAll("[.-]+$", "") + suffix;
  }
}
