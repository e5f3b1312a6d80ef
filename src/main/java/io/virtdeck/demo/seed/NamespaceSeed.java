package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Namespaces, the "VM folders" of the demo cluster. */
final class NamespaceSeed {

  /** The named folders used by small inventories, with their team and environment labels. */
  static final Map<String, String> FOLDERS =
      Map.of(
          "shop", "e-commerce",
          "finance", "finance",
          "dev", "engineering",
          "infra", "platform");

  static final List<String> SMALL = List.of("shop", "finance", "dev", "infra");

  /** VMs per generated namespace when the inventory is large. */
  static final int VMS_PER_NAMESPACE = 50;

  private NamespaceSeed() {}

  /** The namespaces holding VMs for a given VM count: the four folders, or ns-001, ns-002, ... */
  static List<String> vmNamespaces(int vmCount) {
    if (vmCount <= DemoInventory.SMALL_LIMIT) {
      return SMALL;
    }
    var result = new ArrayList<>(SMALL);
    int generated = (vmCount + VMS_PER_NAMESPACE - 1) / VMS_PER_NAMESPACE;
    for (int i = 1; i <= generated; i++) {
      result.add("ns-%03d".formatted(i));
    }
    return result;
  }

  static void seed(KubernetesClient admin, List<String> names) {
    var all = new ArrayList<String>();
    all.add("default");
    all.addAll(names);
    for (var name : all) {
      if (admin.namespaces().withName(name).get() != null) {
        continue;
      }
      var team = FOLDERS.getOrDefault(name, name.equals("default") ? "platform" : "benchmark");
      var env = name.equals("dev") ? "development" : "production";
      admin
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(name)
                  .withLabels(
                      Json.strings(
                          "kubernetes.io/metadata.name", name,
                          "virtdeck.io/team", team,
                          "virtdeck.io/environment", env))
                  .withCreationTimestamp(NodeSeed.CREATED)
                  .endMetadata()
                  .withNewStatus()
                  .withPhase("Active")
                  .endStatus()
                  .build())
          .create();
    }
  }
}
