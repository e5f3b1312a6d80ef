package io.virtdeck.demo.scale;

/**
 * How big the scaled demo cluster is, with the proportions of the scale scenario: at 45,000 VMs,
 * 200 namespaces, 36,000 running (80 %), 30,000 disks (each a DataVolume and its claim: 60,000
 * objects), 1,000 nodes, 300 port groups and 5,000 snapshots. Names and addresses are pure
 * functions of the VM index, so the churn generator and the benchmark find VMs without a lookup.
 */
public record ScalePlan(
    int vms, int namespaces, int disks, int nodes, int portGroups, int snapshots) {

  /** The plan for {@code vms} VMs, in the proportions of the 45,000-VM scenario. */
  public static ScalePlan of(int vms) {
    return of(vms, 0);
  }

  /**
   * The plan for a cluster of {@code total} VMs of which {@code existing} are already there (the
   * standard demo's): the proportions follow the total, the plan adds the rest.
   */
  public static ScalePlan of(int total, int existing) {
    int vms = total - existing;
    if (vms < 1) {
      throw new IllegalArgumentException("at least one VM to add: " + total + " - " + existing);
    }
    return new ScalePlan(
        vms,
        clamp(total / 225, 1, 200),
        vms - (vms + 2) / 3,
        Math.max(4, total / 45),
        Math.max(1, total / 150),
        total / 9);
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  /** The name of VM {@code i}. */
  public static String vmName(int i) {
    return "vm-%05d".formatted(i);
  }

  /** The namespace of VM {@code i}: VMs are dealt round the namespaces. */
  public String namespaceOf(int i) {
    return namespace(i % namespaces);
  }

  /** The name of namespace number {@code n}. */
  public static String namespace(int n) {
    return "scale-%03d".formatted(n);
  }

  /** Whether VM {@code i} runs at start: four in five do. */
  public static boolean runsAtStart(int i) {
    return i % 5 != 0;
  }

  /** Whether VM {@code i} has a disk (a DataVolume and its claim): two in three do. */
  public static boolean hasDisk(int i) {
    return i % 3 != 0;
  }

  /** The node VM {@code i} runs on after {@code moves} migrations. */
  public String nodeOf(int i, int moves) {
    return node((i * 7 + moves) % nodes);
  }

  /** The name of node number {@code n}. */
  public static String node(int n) {
    return "esx-%04d".formatted(n);
  }

  /** The pod-network address of VM {@code i} after {@code changes} address changes. */
  public static String ipOf(int i, int changes) {
    int value = i + changes * 65_521;
    return "10.%d.%d.%d".formatted(128 + (value >> 16 & 0x3f), value >> 8 & 0xff, value & 0xff);
  }
}
