package io.virtdeck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo cluster with its simulator running, churned as an operator would (stop, start, restart,
 * a NIC moved to an SR-IOV port group and the VM restarted): no status list may grow. Before the
 * demo API replaced lists on merge patches, conditions were appended on every status write and a
 * RestartRequired condition was re-patched without end.
 */
class DemoClusterSoakIT {

  /** More entries than any status list of a demo object has. */
  private static final int BOUND = 12;

  @TempDir Path folder;
  private DemoCluster cluster;
  private KubernetesClient client;
  private HttpClient http;

  @BeforeEach
  void start() {
    cluster =
        DemoCluster.start(
            new DemoProperties(0, 25, folder.resolve("kubeconfig"), Duration.ofMillis(50), 0, 0));
    client = cluster.server().adminClient();
    http = HttpClient.newHttpClient();
  }

  @AfterEach
  void stop() {
    http.close();
    cluster.close();
  }

  @Test
  void statusListsStayBoundedUnderChurn() throws Exception {
    awaitRunning("shop", "web-01");
    GenericKubernetesResource nicVm = runningVmWithSecondNic("finance");
    String ns = nicVm.getMetadata().getNamespace();
    String name = nicVm.getMetadata().getName();

    for (int round = 0; round < 3; round++) {
      power("shop", "web-01", "stop");
      awaitPrintable("shop", "web-01", "Stopped");
      power("shop", "web-01", "start");
      awaitRunning("shop", "web-01");
      power("shop", "web-01", "restart");
      awaitRunning("shop", "web-01");
    }
    client
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(ns)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/networks/1/multus/networkName\","
                + "\"value\":\"sriov-trading\"}]");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> conditionTypes(vm(ns, name)).contains("RestartRequired"));
    power(ns, name, "restart");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !conditionTypes(vm(ns, name)).contains("RestartRequired"));

    // the simulator keeps reconciling: every list stays small for a while, not just once
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(this::everyStatusListIsSmallAndWithoutDuplicates);
  }

  private void everyStatusListIsSmallAndWithoutDuplicates() {
    var objects = new ArrayList<GenericKubernetesResource>();
    for (String kind : List.of("VirtualMachine", "VirtualMachineInstance")) {
      objects.addAll(
          client
              .genericKubernetesResources("kubevirt.io/v1", kind)
              .inAnyNamespace()
              .list()
              .getItems());
    }
    objects.addAll(
        client
            .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataVolume")
            .inAnyNamespace()
            .list()
            .getItems());
    for (var object : objects) {
      List<String> types = conditionTypes(object);
      assertThat(types)
          .as("conditions of %s", object.getMetadata().getName())
          .hasSizeLessThanOrEqualTo(BOUND)
          .doesNotHaveDuplicates();
    }
    for (var claim : client.persistentVolumeClaims().inAnyNamespace().list().getItems()) {
      if (claim.getStatus() != null && claim.getStatus().getAccessModes() != null) {
        assertThat(claim.getStatus().getAccessModes())
            .as("status.accessModes of %s", claim.getMetadata().getName())
            .doesNotHaveDuplicates();
      }
    }
  }

  private GenericKubernetesResource runningVmWithSecondNic(String ns) {
    for (var vm :
        client
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace(ns)
            .list()
            .getItems()) {
      List<Map<String, Object>> networks = vm.get("spec", "template", "spec", "networks");
      if ("Always".equals(vm.get("spec", "runStrategy"))
          && networks != null
          && networks.size() > 1
          && networks.get(1).containsKey("multus")) {
        awaitRunning(ns, vm.getMetadata().getName());
        return vm;
      }
    }
    throw new AssertionError("the demo inventory has no running VM with a second NIC in " + ns);
  }

  private GenericKubernetesResource vm(String ns, String name) {
    return client
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(ns)
        .withName(name)
        .get();
  }

  @SuppressWarnings("unchecked")
  private static List<String> conditionTypes(GenericKubernetesResource object) {
    Object status = object.getAdditionalProperties().get("status");
    if (!(status instanceof Map<?, ?> map)
        || !(map.get("conditions") instanceof List<?> conditions)) {
      return List.of();
    }
    return conditions.stream()
        .map(c -> String.valueOf(((Map<String, Object>) c).get("type")))
        .toList();
  }

  private void awaitRunning(String ns, String name) {
    awaitPrintable(ns, name, "Running");
  }

  private void awaitPrintable(String ns, String name, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status.equals(vm(ns, name).get("status", "printableStatus")));
  }

  private void power(String ns, String name, String action) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    cluster.server().url()
                        + "/apis/subresources.kubevirt.io/v1/namespaces/"
                        + ns
                        + "/virtualmachines/"
                        + name
                        + "/"
                        + action))
            .timeout(Duration.ofSeconds(30))
            .PUT(HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json")
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(action + " " + name + ": " + response.body())
        .isLessThan(300);
  }
}
