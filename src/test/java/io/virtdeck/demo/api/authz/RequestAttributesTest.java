package io.virtdeck.demo.api.authz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestAttributesTest {

  private static final String VMS = "/apis/kubevirt.io/v1/namespaces/shop/virtualmachines";

  @Test
  void verbsFollowMethodAndPath() {
    assertThat(RequestAttributes.of("GET", VMS).verb()).isEqualTo("list");
    assertThat(RequestAttributes.of("GET", VMS + "?watch=true&resourceVersion=5").verb())
        .isEqualTo("watch");
    assertThat(RequestAttributes.of("GET", VMS + "?watch=1").verb()).isEqualTo("watch");
    assertThat(RequestAttributes.of("GET", VMS + "/web-01").verb()).isEqualTo("get");
    assertThat(RequestAttributes.of("POST", VMS).verb()).isEqualTo("create");
    assertThat(RequestAttributes.of("PUT", VMS + "/web-01").verb()).isEqualTo("update");
    assertThat(RequestAttributes.of("PATCH", VMS + "/web-01").verb()).isEqualTo("patch");
    assertThat(RequestAttributes.of("DELETE", VMS + "/web-01").verb()).isEqualTo("delete");
    assertThat(RequestAttributes.of("DELETE", VMS).verb()).isEqualTo("deletecollection");
  }

  @Test
  void namespacedResourceWithSubresource() {
    var stop =
        RequestAttributes.of(
            "PUT", "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/stop");
    assertThat(stop)
        .isEqualTo(
            new RequestAttributes(
                true,
                "update",
                "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/stop",
                "subresources.kubevirt.io",
                "v1",
                "shop",
                "virtualmachines",
                "stop",
                "web-01"));
    assertThat(stop.combinedResource()).isEqualTo("virtualmachines/stop");
  }

  @Test
  void kubeVirtsNestedScreenshotSubresourceIsAuthorizedWholeAsVirtApiDoes() {
    var screenshot =
        RequestAttributes.of(
            "GET",
            "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachineinstances/web-01"
                + "/vnc/screenshot");
    assertThat(screenshot.verb()).isEqualTo("get");
    assertThat(screenshot.name()).isEqualTo("web-01");
    assertThat(screenshot.combinedResource()).isEqualTo("virtualmachineinstances/vnc/screenshot");
  }

  @Test
  void clusterScopedAndNamespaceObjects() {
    var all = RequestAttributes.of("GET", "/apis/kubevirt.io/v1/virtualmachines?limit=500");
    assertThat(all.namespace()).isEmpty();
    assertThat(all.resource()).isEqualTo("virtualmachines");
    var ns = RequestAttributes.of("DELETE", "/api/v1/namespaces/dev");
    assertThat(ns.resource()).isEqualTo("namespaces");
    assertThat(ns.name()).isEqualTo("dev");
    assertThat(ns.namespace()).isEqualTo("dev");
    assertThat(ns.group()).isEmpty();
    var status = RequestAttributes.of("PUT", "/api/v1/namespaces/dev/status");
    assertThat(status.resource()).isEqualTo("namespaces");
    assertThat(status.subresource()).isEqualTo("status");
    assertThat(RequestAttributes.of("GET", "/api/v1/nodes").verb()).isEqualTo("list");
  }

  @Test
  void fieldSelectorOnNameAndLegacyWatchPath() {
    var informer =
        RequestAttributes.of("GET", VMS + "?fieldSelector=metadata.name%3Dweb-01&watch=true");
    assertThat(informer.verb()).isEqualTo("watch");
    assertThat(informer.name()).isEqualTo("web-01");
    var legacy = RequestAttributes.of("GET", "/api/v1/watch/namespaces/shop/pods");
    assertThat(legacy.verb()).isEqualTo("watch");
    assertThat(legacy.resource()).isEqualTo("pods");
    assertThat(legacy.namespace()).isEqualTo("shop");
  }

  @Test
  void discoveryIsNoResourceRequest() {
    for (var path :
        new String[] {
          "/api",
          "/api/v1",
          "/apis",
          "/apis/kubevirt.io",
          "/apis/kubevirt.io/v1",
          "/version",
          "/openapi/v3/apis/kubevirt.io/v1",
          "/healthz"
        }) {
      var attributes = RequestAttributes.of("GET", path);
      assertThat(attributes.resourceRequest()).as(path).isFalse();
      assertThat(attributes.verb()).isEqualTo("get");
      assertThat(attributes.path()).isEqualTo(path);
    }
  }
}
