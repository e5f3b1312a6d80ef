package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.testing.DemoApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Patches, dry runs and server-side apply as a real API server answers them. */
class DemoApiPatchesIT {

  private static final String VMS = "/apis/kubevirt.io/v1/namespaces/default/virtualmachines";

  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static RawHttp http;

  @BeforeAll
  static void start() {
    http = new RawHttp(demo.server().url());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
  }

  @Test
  void mergePatchReplacesLists() {
    var vm = vms().resource(DemoVms.vm("default", "merge-01")).create();
    var merge = PatchContext.of(PatchType.JSON_MERGE);
    var resource = vms().withName(vm.getMetadata().getName());
    resource.patch(merge, "{\"metadata\":{\"finalizers\":[\"a\"]}}");

    var patched = resource.patch(merge, "{\"metadata\":{\"finalizers\":[\"b\"]}}");

    assertThat(patched.getMetadata().getFinalizers()).containsExactly("b");
    resource.patch(merge, "{\"metadata\":{\"finalizers\":null}}");
    assertThat(resource.get().getMetadata().getFinalizers()).isEmpty();
  }

  @Test
  void statusPatchesReplaceConditionsInsteadOfAddingToThem() {
    vms().resource(DemoVms.vm("default", "status-01")).create();
    var merge = PatchContext.of(PatchType.JSON_MERGE);
    var status =
        "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"%s\"}],"
            + "\"printableStatus\":\"Running\"}}";

    for (String ready : List.of("False", "True", "True")) {
      vms().withName("status-01").subresource("status").patch(merge, status.formatted(ready));
    }

    List<Map<String, Object>> conditions =
        vms().withName("status-01").get().get("status", "conditions");
    assertThat(conditions).containsExactly(Map.of("type", "Ready", "status", "True"));
  }

  @Test
  void strategicMergePatchMergesNodeConditionsByType() {
    var nodes = demo.admin().nodes();
    nodes
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName("smp-node-01")
                .endMetadata()
                .withNewStatus()
                .addNewCondition()
                .withType("Ready")
                .withStatus("False")
                .endCondition()
                .addNewCondition()
                .withType("DiskPressure")
                .withStatus("False")
                .endCondition()
                .endStatus()
                .build())
        .create();

    nodes
        .withName("smp-node-01")
        .patch(
            PatchContext.of(PatchType.STRATEGIC_MERGE),
            "{\"metadata\":{\"labels\":{\"rack\":\"r1\"}},"
                + "\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}");

    var node = nodes.withName("smp-node-01").get();
    assertThat(node.getMetadata().getLabels()).containsEntry("rack", "r1");
    assertThat(node.getStatus().getConditions())
        .extracting(c -> c.getType() + "=" + c.getStatus())
        .containsExactly("Ready=True", "DiskPressure=False");
  }

  @Test
  void dryRunWritesAnswerButStoreNothing() throws Exception {
    vms().resource(DemoVms.vm("default", "dry-01")).create();
    String version = vms().withName("dry-01").get().getMetadata().getResourceVersion();

    var created =
        http.send(
            "POST",
            VMS + "?dryRun=All",
            "application/json",
            Serialization.asJson(DemoVms.vm("default", "dry-02")));
    var patched =
        http.send(
            "PATCH",
            VMS + "/dry-01?dryRun=All",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"dry\":\"yes\"}}}");
    var replaced =
        http.send(
            "PUT",
            VMS + "/dry-01?dryRun=All",
            "application/json",
            Serialization.asJson(vms().withName("dry-01").get()).replace("Always", "Halted"));
    var deleted = http.send("DELETE", VMS + "/dry-01?dryRun=All", "application/json", "");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created.body()).at("/metadata/name").asString()).isEqualTo("dry-02");
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(json(patched.body()).at("/metadata/labels/dry").asString()).isEqualTo("yes");
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(json(replaced.body()).at("/spec/runStrategy").asString()).isEqualTo("Halted");
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(vms().withName("dry-02").get()).as("not created").isNull();
    GenericKubernetesResource stored = vms().withName("dry-01").get();
    assertThat(stored.getMetadata().getResourceVersion()).isEqualTo(version);
    assertThat(stored.getMetadata().getLabels()).doesNotContainKey("dry");
    assertThat(stored.<String>get("spec", "runStrategy")).isEqualTo("Always");
  }

  @Test
  void serverSideApplyCreatesThenMergesTheAppliedFields() throws Exception {
    String applied =
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata:
          name: apply-01
          labels: {tier: web}
        spec:
          runStrategy: %s
          template: {spec: {}}
        """;
    String path = VMS + "/apply-01?fieldManager=kubectl&force=true";

    var created =
        http.send("PATCH", path, "application/apply-patch+yaml", applied.formatted("Always"));
    vms()
        .withName("apply-01")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"a\":\"1\"}}}");
    var updated =
        http.send("PATCH", path, "application/apply-patch+yaml", applied.formatted("Halted"));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(updated.statusCode()).isLessThan(300);
    var stored = vms().withName("apply-01").get();
    assertThat(stored.<String>get("spec", "runStrategy")).isEqualTo("Halted");
    assertThat(stored.getMetadata().getLabels()).containsEntry("tier", "web");
    assertThat(stored.getMetadata().getAnnotations()).containsEntry("a", "1");
  }

  private static io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      vms() {
    return demo.admin()
        .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
        .inNamespace("default");
  }

  private static JsonNode json(String text) {
    return Serialization.jsonMapper().readTree(text);
  }
}
