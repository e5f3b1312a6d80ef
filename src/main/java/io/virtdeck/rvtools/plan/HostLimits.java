package io.virtdeck.rvtools.plan;

/**
 * The largest host here, by allocatable cores and memory (MiB): a VM larger than that cannot run on
 * any of them. {@link #UNKNOWN} when the user may not see the hosts.
 */
public record HostLimits(String host, int cores, long memoryMib) {

  public static final HostLimits UNKNOWN = new HostLimits("", 0, 0);

  public boolean known() {
    return !host.isEmpty();
  }
}
