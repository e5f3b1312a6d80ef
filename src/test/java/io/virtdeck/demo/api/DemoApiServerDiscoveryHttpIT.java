package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.APIVersions;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.testing.DemoApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The discovery and OpenAPI documents as kubectl fetches them, over plain HTTP. */
class DemoApiServerDiscoveryHttpIT {

  private static final String AGGREGATED_ACCEPT =
      "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
          + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
          + "application/json";

  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static HttpClient http;

  @BeforeAll
  static void start() {
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void versionReportsARecentRelease() throws Exception {
    JsonNode version = json("/version");
    assertThat(version.get("major").asString()).isEqualTo("1");
    assertThat(version.get("gitVersion").asString()).startsWith("v1.");
  }

  @Test
  void aggregatedDiscoveryRequestGetsLegacyCoreVersions() throws Exception {
    HttpResponse<String> response = get("/api", AGGREGATED_ACCEPT);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    APIVersions versions = Serialization.unmarshal(response.body(), APIVersions.class);
    assertThat(versions.getVersions()).containsExactly("v1");
  }

  @Test
  void coreResourcesCarryVerbsShortNamesAndSubresources() throws Exception {
    APIResourceList core = Serialization.unmarshal(body("/api/v1"), APIResourceList.class);
    assertThat(core.getGroupVersion()).isEqualTo("v1");
    assertThat(core.getResources())
        .extracting(APIResource::getName)
        .contains("pods", "pods/log", "nodes/status", "persistentvolumeclaims/status", "events");
    assertThat(resource(core, "pods").getShortNames()).containsExactly("po");
    assertThat(resource(core, "nodes").getNamespaced()).isFalse();
    assertThat(resource(core, "persistentvolumeclaims").getShortNames()).containsExactly("pvc");
    assertThat(resource(core, "namespaces").getVerbs()).contains("list", "watch", "create");
  }

  @Test
  void groupListHasBuiltInCrdAndSubresourceGroups() throws Exception {
    HttpResponse<String> response = get("/apis", AGGREGATED_ACCEPT);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    APIGroupList groups = Serialization.unmarshal(response.body(), APIGroupList.class);
    assertThat(groups.getGroups())
        .extracting(g -> g.getName())
        .contains(
            "apps",
            "storage.k8s.io",
            "authorization.k8s.io",
            "apiextensions.k8s.io",
            "kubevirt.io",
            "cdi.kubevirt.io",
            "k8s.cni.cncf.io",
            "snapshot.kubevirt.io",
            "subresources.kubevirt.io");
  }

  @Test
  void crdGroupVersionListsKindsWithShortNamesAndStatus() throws Exception {
    APIResourceList kubevirt =
        Serialization.unmarshal(body("/apis/kubevirt.io/v1"), APIResourceList.class);
    APIResource vm = resource(kubevirt, "virtualmachines");
    assertThat(vm.getKind()).isEqualTo("VirtualMachine");
    assertThat(vm.getShortNames()).containsExactly("vm", "vms");
    assertThat(vm.getSingularName()).isEqualTo("virtualmachine");
    assertThat(resource(kubevirt, "virtualmachines/status").getVerbs())
        .containsExactly("get", "patch", "update");
    APIResourceList multus =
        Serialization.unmarshal(body("/apis/k8s.cni.cncf.io/v1"), APIResourceList.class);
    assertThat(multus.getResources())
        .extracting(APIResource::getName)
        .containsExactly("network-attachment-definitions");
  }

  @Test
  void builtInGroupsListTheResourcesVirtDeckUses() throws Exception {
    APIResourceList subresources =
        Serialization.unmarshal(body("/apis/subresources.kubevirt.io/v1"), APIResourceList.class);
    assertThat(subresources.getResources())
        .extracting(APIResource::getName)
        .contains(
            "virtualmachines/start", "virtualmachines/migrate", "virtualmachineinstances/vnc");
    APIResourceList storage =
        Serialization.unmarshal(body("/apis/storage.k8s.io/v1"), APIResourceList.class);
    assertThat(resource(storage, "storageclasses").getShortNames()).containsExactly("sc");
    APIResourceList authorization =
        Serialization.unmarshal(body("/apis/authorization.k8s.io/v1"), APIResourceList.class);
    assertThat(authorization.getResources())
        .extracting(APIResource::getName)
        .contains("selfsubjectaccessreviews", "selfsubjectrulesreviews", "subjectaccessreviews");
  }

  @Test
  void unknownGroupVersionIsANotFoundStatus() throws Exception {
    HttpResponse<String> response = get("/apis/nothing.example.com/v1", "application/json");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode status = Serialization.jsonMapper().readTree(response.body());
    assertThat(status.get("kind").asString()).isEqualTo("Status");
    assertThat(status.get("reason").asString()).isEqualTo("NotFound");
  }

  @Test
  void openApiRootLinksEveryGroupVersionAndDocumentsPatch() throws Exception {
    JsonNode paths = json("/openapi/v3").get("paths");
    assertThat(paths.has("api/v1")).isTrue();
    String url = paths.get("apis/kubevirt.io/v1").get("serverRelativeURL").asString();
    assertThat(url).startsWith("/openapi/v3/apis/kubevirt.io/v1");

    JsonNode patch =
        json(url)
            .get("paths")
            .get("/apis/kubevirt.io/v1/namespaces/{namespace}/virtualmachines/{name}")
            .get("patch");
    assertThat(patch.get("x-kubernetes-group-version-kind").get("kind").asString())
        .isEqualTo("VirtualMachine");
    List<String> parameters =
        patch.get("parameters").valueStream().map(p -> p.get("name").asString()).toList();
    assertThat(parameters).contains("fieldValidation");
  }

  @Test
  void aCrdCreatedLaterAppearsInDiscovery() throws Exception {
    CustomResourceDefinition crd =
        DemoCrds.toDefinition(
            new DemoCrds.Crd(
                "later.example.com",
                "v1alpha1",
                "Widget",
                "widgets",
                "widget",
                List.of("wg"),
                true,
                false));
    demo.admin().apiextensions().v1().customResourceDefinitions().resource(crd).create();

    APIResourceList later =
        Serialization.unmarshal(body("/apis/later.example.com/v1alpha1"), APIResourceList.class);
    assertThat(resource(later, "widgets").getShortNames()).containsExactly("wg");
    assertThat(json("/openapi/v3").get("paths").has("apis/later.example.com/v1alpha1")).isTrue();
  }

  private static APIResource resource(APIResourceList list, String name) {
    return list.getResources().stream()
        .filter(r -> r.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing in " + list.getGroupVersion()));
  }

  private static JsonNode json(String path) throws IOException, InterruptedException {
    return Serialization.jsonMapper().readTree(body(path));
  }

  private static String body(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path, "application/json");
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return response.body();
  }

  private static HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(demo.server().url() + path))
            .header("Accept", accept)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
