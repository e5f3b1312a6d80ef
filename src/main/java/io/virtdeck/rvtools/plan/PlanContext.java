package io.virtdeck.rvtools.plan;

import io.virtdeck.network.PortGroup;
import java.util.List;
import java.util.Map;

/**
 * What the plan needs from this cluster, as the user may see it: the port groups, the namespace for
 * draft port groups, the storage rules with the default StorageClass and what each class has free
 * (MiB), and the largest host.
 */
public record PlanContext(
    List<PortGroup> portGroups,
    String draftNamespace,
    List<StorageRule> storageRules,
    String defaultClass,
    Map<String, Long> freeMib,
    HostLimits largestHost) {

  public PlanContext {
    portGroups = List.copyOf(portGroups);
    storageRules = List.copyOf(storageRules);
    freeMib = Map.copyOf(freeMib);
  }

  public PlanContext withRules(List<StorageRule> rules, String defaultClass) {
    return new PlanContext(portGroups, draftNamespace, rules, defaultClass, freeMib, largestHost);
  }

  public PlanContext withDraftNamespace(String namespace) {
    return new PlanContext(portGroups, namespace, storageRules, defaultClass, freeMib, largestHost);
  }
}
