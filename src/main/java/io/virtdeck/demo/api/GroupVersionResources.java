package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.APIResource;
import java.util.List;

/** The resources one API group version serves; the core group has the empty name. */
record GroupVersionResources(String group, String version, List<APIResource> resources) {

  GroupVersionResources {
    resources = List.copyOf(resources);
  }

  /** {@code v1} for the core group, {@code group/version} otherwise. */
  String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /**
   * The URL path of this group version, without a leading slash: {@code api/v1}, {@code apis/g/v}.
   */
  String path() {
    return group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
  }
}
