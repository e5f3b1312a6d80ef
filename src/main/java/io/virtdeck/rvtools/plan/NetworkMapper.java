package io.virtdeck.rvtools.plan;

import io.virtdeck.network.PortGroup;
import io.virtdeck.rvtools.read.SourceNic;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The network map: each source port group with its VLAN → the pod network when untagged, an
 * existing port group here with that VLAN (one in the draft namespace, or the global one, first),
 * or a draft Linux-bridge port group with that VLAN in the draft namespace.
 */
public final class NetworkMapper {

  /** The bridge a draft port group uses (as New port group offers first). */
  public static final String DRAFT_BRIDGE = "br1";

  private NetworkMapper() {}

  public static List<NetworkMapping> map(
      List<SourceNic> nics,
      Map<String, Integer> vlans,
      List<PortGroup> existing,
      String draftNamespace) {
    Map<String, Set<String>> vmsOn = new TreeMap<>();
    Map<String, Integer> adapters = new HashMap<>();
    for (SourceNic nic : nics) {
      if (nic.network().isEmpty()) {
        continue;
      }
      vmsOn.computeIfAbsent(nic.network(), n -> new HashSet<>()).add(nic.vm());
      adapters.merge(nic.network(), 1, Integer::sum);
    }
    // port groups with the same VLAN share one draft: the first one's name
    Map<Integer, NetworkTarget> drafts = new HashMap<>();
    return vmsOn.entrySet().stream()
        .map(
            e -> {
              int vlan = vlans.getOrDefault(e.getKey(), -2);
              NetworkTarget found = target(e.getKey(), vlan, existing, draftNamespace);
              NetworkTarget target =
                  found instanceof NetworkTarget.Draft
                      ? drafts.computeIfAbsent(vlan, v -> found)
                      : found;
              return new NetworkMapping(
                  e.getKey(),
                  vlan,
                  e.getValue().size(),
                  adapters.getOrDefault(e.getKey(), 0),
                  target);
            })
        .toList();
  }

  /** {@code vlan} -2: the file names no VLAN for the port group. */
  static NetworkTarget target(
      String portGroup, int vlan, List<PortGroup> existing, String draftNamespace) {
    if (vlan == 0) {
      return new NetworkTarget.Pod();
    }
    if (vlan == -1) {
      return new NetworkTarget.Unmapped("rvtools.network.trunk");
    }
    if (vlan == -2) {
      return new NetworkTarget.Unmapped("rvtools.network.no-vlan");
    }
    Optional<PortGroup> same =
        existing.stream()
            .filter(p -> p.vlan() == vlan && !p.unreadable())
            .min(
                Comparator.comparing((PortGroup p) -> rank(p, draftNamespace))
                    .thenComparing(PortGroup::key));
    if (same.isPresent()) {
      return new NetworkTarget.Existing(same.get().namespace(), same.get().name());
    }
    return new NetworkTarget.Draft(draftNamespace, draftName(portGroup, vlan), DRAFT_BRIDGE, vlan);
  }

  private static int rank(PortGroup p, String draftNamespace) {
    if (p.namespace().equals(draftNamespace)) {
      return 0;
    }
    return PortGroup.GLOBAL_NAMESPACE.equals(p.namespace()) ? 1 : 2;
  }

  /** A DNS-1123 name for the draft: vlan-100-pg-vlan100-prod, at most 63 characters. */
  static String draftName(String portGroup, int vlan) {
    String base =
        portGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String name = "vlan-" + vlan + (base.isEmpty() ? "" : "-" + base);
    name = name.length() > 63 ? name.substring(0, 63) : name;
    return name.replaceAll("-+$", "");
  }
}
