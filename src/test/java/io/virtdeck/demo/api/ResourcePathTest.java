package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parsing of resource URLs for Status messages. */
class ResourcePathTest {

  @Test
  void parsesNamespacedCustomResourceWithSubresource() {
    assertThat(
            ResourcePath.parse(
                "/apis/kubevirt.io/v1/namespaces/prod/virtualmachines/web-01/status?dryRun=All"))
        .isEqualTo(
            new ResourcePath("kubevirt.io", "v1", "prod", "virtualmachines", "web-01", "status"));
  }

  @Test
  void parsesCoreAndClusterScopedPaths() {
    assertThat(ResourcePath.parse("/api/v1/nodes/node-1"))
        .isEqualTo(new ResourcePath("", "v1", null, "nodes", "node-1", null));
    assertThat(ResourcePath.parse("/api/v1/namespaces/prod"))
        .isEqualTo(new ResourcePath("", "v1", null, "namespaces", "prod", null));
    assertThat(ResourcePath.parse("/api/v1/namespaces/prod/pods"))
        .isEqualTo(new ResourcePath("", "v1", "prod", "pods", null, null));
    assertThat(ResourcePath.parse("/api/v1/namespaces/prod/pods").qualifiedResource())
        .isEqualTo("pods");
  }

  @Test
  void rejectsNonResourcePaths() {
    assertThat(ResourcePath.parse("/version")).isNull();
    assertThat(ResourcePath.parse("/apis")).isNull();
  }
}
