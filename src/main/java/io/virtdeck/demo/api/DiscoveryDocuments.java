package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.APIVersionsBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.ServerAddressByClientCIDR;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The legacy discovery documents ({@code /version}, {@code /api}, {@code /api/v1}, {@code /apis},
 * {@code /apis/<group>}, {@code /apis/<group>/<version>}) from the built-in groups and the CRDs.
 */
final class DiscoveryDocuments {

  private final CustomResourceCatalog catalog;
  private final Supplier<String> serverAddress;

  DiscoveryDocuments(CustomResourceCatalog catalog, Supplier<String> serverAddress) {
    this.catalog = catalog;
    this.serverAddress = serverAddress;
  }

  /** The Kubernetes release the demo cluster reports. */
  static final String GIT_VERSION = "v1.33.0";

  /** The answer to {@code /version}: a recent Kubernetes release. */
  static Map<String, String> version() {
    Map<String, String> version = new LinkedHashMap<>();
    version.put("major", "1");
    version.put("minor", "33");
    version.put("gitVersion", GIT_VERSION);
    version.put("gitCommit", "0000000000000000000000000000000000000000");
    version.put("gitTreeState", "clean");
    version.put("buildDate", "2025-04-23T00:00:00Z");
    version.put("goVersion", "go1.24.2");
    version.put("compiler", "gc");
    version.put("platform", "linux/amd64");
    return version;
  }

  /** The answer to {@code /api}. */
  Object coreVersions() {
    return new APIVersionsBuilder()
        .withVersions("v1")
        .withServerAddressByClientCIDRs(
            new ServerAddressByClientCIDR("0.0.0.0/0", serverAddress.get()))
        .build();
  }

  /** The answer to {@code /apis}: every built-in group, then every CRD group. */
  Object groupList() {
    return new APIGroupListBuilder().withGroups(groups().values().stream().toList()).build();
  }

  /** The answer to {@code /apis/<group>}, if the group exists. */
  Optional<APIGroup> group(String name) {
    return Optional.ofNullable(groups().get(name));
  }

  /** The answer to {@code /api/v1} or {@code /apis/<group>/<version>}, if served. */
  Optional<Object> resourceList(String group, String version) {
    return groupVersion(group, version)
        .map(
            gv ->
                new APIResourceListBuilder()
                    .withGroupVersion(gv.groupVersion())
                    .withResources(gv.resources())
                    .build());
  }

  /** One served group version, core ({@code group} empty), built-in or from a CRD. */
  Optional<GroupVersionResources> groupVersion(String group, String version) {
    return allGroupVersions().stream()
        .filter(gv -> gv.group().equals(group) && gv.version().equals(version))
        .findFirst();
  }

  /** Every served group version, the core one first. */
  List<GroupVersionResources> allGroupVersions() {
    List<GroupVersionResources> all = new ArrayList<>();
    all.add(CoreApiResources.V1);
    all.addAll(BuiltInApiGroups.ALL);
    all.addAll(catalog.current().byGroupVersion().values());
    return all;
  }

  private Map<String, APIGroup> groups() {
    Map<String, APIGroup> groups = new LinkedHashMap<>();
    for (GroupVersionResources gv : allGroupVersions()) {
      if (gv.group().isEmpty()) {
        continue;
      }
      GroupVersionForDiscovery version =
          new GroupVersionForDiscovery(gv.groupVersion(), gv.version());
      APIGroup existing = groups.get(gv.group());
      if (existing == null) {
        groups.put(
            gv.group(),
            new APIGroupBuilder()
                .withName(gv.group())
                .withVersions(version)
                .withPreferredVersion(version)
                .build());
      } else {
        existing.getVersions().add(version);
      }
    }
    return groups;
  }
}
