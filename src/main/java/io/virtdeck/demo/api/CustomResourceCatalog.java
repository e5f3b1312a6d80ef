package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.ApiResourceFactory.ALL_VERBS;
import static io.virtdeck.demo.api.ApiResourceFactory.SUBRESOURCE_VERBS;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The API group versions built from the CRDs stored in the server. The store is read only after a
 * write to the CRD endpoint invalidated the snapshot, so discovery costs nothing per request.
 */
final class CustomResourceCatalog {

  private static final String CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  /** A computed view: group versions by {@code group/version}, and a generation for caching. */
  record Snapshot(Map<String, GroupVersionResources> byGroupVersion, long generation) {}

  private final KubernetesCrudDispatcher store;
  private final AtomicLong changes = new AtomicLong();
  private volatile @Nullable Snapshot snapshot;

  CustomResourceCatalog(KubernetesCrudDispatcher store) {
    this.store = store;
  }

  /** Marks the snapshot stale after a request that may have changed a CRD was handled. */
  void afterRequest(String method, String path) {
    if (!"GET".equals(method) && path.startsWith("/apis/apiextensions.k8s.io/")) {
      changes.incrementAndGet();
    }
  }

  /** The current snapshot, rebuilt from the store when stale. */
  Snapshot current() {
    Snapshot current = snapshot;
    if (current != null && current.generation() == changes.get()) {
      return current;
    }
    return rebuild();
  }

  private synchronized Snapshot rebuild() {
    long generation = changes.get();
    Snapshot current = snapshot;
    if (current != null && current.generation() == generation) {
      return current;
    }
    String body = JsonResponses.text(store.handleGet(CRD_PATH).getBody());
    CustomResourceDefinitionList list =
        Serialization.unmarshal(body, CustomResourceDefinitionList.class);
    Map<String, List<APIResource>> resources = new LinkedHashMap<>();
    for (CustomResourceDefinition crd : list.getItems()) {
      for (CustomResourceDefinitionVersion version : crd.getSpec().getVersions()) {
        if (Boolean.FALSE.equals(version.getServed())) {
          continue;
        }
        String groupVersion = crd.getSpec().getGroup() + "/" + version.getName();
        resources
            .computeIfAbsent(groupVersion, key -> new ArrayList<>())
            .addAll(toResources(crd, version));
      }
    }
    Map<String, GroupVersionResources> byGroupVersion = new LinkedHashMap<>();
    resources.forEach(
        (groupVersion, list2) -> {
          int slash = groupVersion.indexOf('/');
          byGroupVersion.put(
              groupVersion,
              new GroupVersionResources(
                  groupVersion.substring(0, slash), groupVersion.substring(slash + 1), list2));
        });
    Snapshot rebuilt =
        new Snapshot(java.util.Collections.unmodifiableMap(byGroupVersion), generation);
    snapshot = rebuilt;
    return rebuilt;
  }

  private static List<APIResource> toResources(
      CustomResourceDefinition crd, CustomResourceDefinitionVersion version) {
    var names = crd.getSpec().getNames();
    boolean namespaced = "Namespaced".equals(crd.getSpec().getScope());
    List<APIResource> list = new ArrayList<>();
    list.add(
        new APIResourceBuilder()
            .withName(names.getPlural())
            .withSingularName(
                Objects.requireNonNullElse(
                    names.getSingular(), names.getKind().toLowerCase(java.util.Locale.ROOT)))
            .withKind(names.getKind())
            .withNamespaced(namespaced)
            .withVerbs(ALL_VERBS)
            .withShortNames(Objects.requireNonNullElse(names.getShortNames(), List.of()))
            .withCategories(Objects.requireNonNullElse(names.getCategories(), List.of()))
            .build());
    var subresources = version.getSubresources();
    if (subresources != null && subresources.getStatus() != null) {
      list.add(
          ApiResourceFactory.subresource(
              names.getPlural(), "status", names.getKind(), namespaced, SUBRESOURCE_VERBS));
    }
    if (subresources != null && subresources.getScale() != null) {
      list.add(
          ApiResourceFactory.subresource(
              names.getPlural(), "scale", "Scale", namespaced, SUBRESOURCE_VERBS));
    }
    return list;
  }
}
