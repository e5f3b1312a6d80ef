package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.virtdeck.testing.DemoApi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo API through fabric8: discovery of custom kinds, status subresource, Status errors. */
class DemoApiServerFabric8IT {

  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    client = demo.admin();
  }

  @Test
  void startsOnLoopbackWithNamespacesAndCrds() {
    assertThat(demo.server().url()).isEqualTo("http://127.0.0.1:" + demo.server().port());
    assertThat(client.namespaces().list().getItems())
        .extracting(ns -> ns.getMetadata().getName())
        .contains("default", "kube-system");
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(crd -> crd.getMetadata().getName())
        .contains("virtualmachines.kubevirt.io", "network-attachment-definitions.k8s.cni.cncf.io");
  }

  @Test
  void genericClientResolvesVirtualMachinesThroughDiscovery() {
    var vms = client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND);
    vms.resource(DemoVms.vm("default", "discovery-01")).create();

    assertThat(vms.inNamespace("default").list().getItems())
        .extracting(HasMetadata::getMetadata)
        .extracting(m -> m.getName())
        .contains("discovery-01");
    assertThat(client.getApiGroup("kubevirt.io").getPreferredVersion().getGroupVersion())
        .isEqualTo("kubevirt.io/v1");
    APIResource vm =
        client.getApiResources("kubevirt.io/v1").getResources().stream()
            .filter(r -> r.getName().equals("virtualmachines"))
            .findFirst()
            .orElseThrow();
    assertThat(vm.getShortNames()).contains("vm");
    assertThat(vm.getSingularName()).isEqualTo("virtualmachine");
    assertThat(vm.getNamespaced()).isTrue();
    assertThat(vm.getVerbs()).contains("create", "list", "watch", "patch");
  }

  @Test
  void statusChangesOnlyThroughTheStatusSubresource() {
    var vms =
        client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND).inNamespace("default");
    vms.resource(DemoVms.vm("default", "status-01")).create();

    vms.withName("status-01")
        .subresource("status")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"printableStatus\":\"Running\"}}");
    vms.withName("status-01")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"runStrategy\":\"Halted\"},\"status\":{\"printableStatus\":\"Hacked\"}}");

    GenericKubernetesResource stored = vms.withName("status-01").get();
    assertThat(stored.<String>get("spec", "runStrategy")).isEqualTo("Halted");
    assertThat(stored.<String>get("status", "printableStatus")).isEqualTo("Running");
  }

  @Test
  void informersSeeCreatesAndStatusUpdates() {
    var vms =
        client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND).inNamespace("watched");
    List<String> events = new CopyOnWriteArrayList<>();
    try (var informer =
        vms.inform(
            new ResourceEventHandler<>() {
              @Override
              public void onAdd(GenericKubernetesResource vm) {
                events.add("ADD " + vm.getMetadata().getName());
              }

              @Override
              public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource vm) {
                events.add("UPDATE " + vm.<String>get("status", "printableStatus"));
              }

              @Override
              public void onDelete(GenericKubernetesResource vm, boolean unknown) {
                events.add("DELETE " + vm.getMetadata().getName());
              }
            })) {
      vms.resource(DemoVms.vm("watched", "watch-01")).create();
      vms.withName("watch-01")
          .subresource("status")
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              "{\"status\":{\"printableStatus\":\"Running\"}}");
      vms.withName("watch-01").delete();

      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(events)
                      .containsExactly("ADD watch-01", "UPDATE Running", "DELETE watch-01"));
    }
  }

  @Test
  void missingObjectIsANotFoundStatus() {
    var vms =
        client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND).inNamespace("default");

    KubernetesClientException error =
        catchThrowableOfType(
            KubernetesClientException.class,
            () ->
                vms.withName("web-404")
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{}}"));

    assertThat(error.getCode()).isEqualTo(404);
    assertThat(error.getStatus().getReason()).isEqualTo("NotFound");
    assertThat(error.getStatus().getMessage())
        .isEqualTo("virtualmachines.kubevirt.io \"web-404\" not found");
    assertThat(error.getStatus().getDetails().getName()).isEqualTo("web-404");
    assertThat(error.getStatus().getDetails().getGroup()).isEqualTo("kubevirt.io");
    assertThat(error.getStatus().getDetails().getKind()).isEqualTo("virtualmachines");
  }

  @Test
  void createOfAnExistingNameIsAnAlreadyExistsStatus() {
    var vms = client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND);
    vms.resource(DemoVms.vm("default", "twice-01")).create();

    KubernetesClientException error =
        catchThrowableOfType(
            KubernetesClientException.class,
            () -> vms.resource(DemoVms.vm("default", "twice-01")).create());

    assertThat(error.getCode()).isEqualTo(409);
    assertThat(error.getStatus().getReason()).isEqualTo("AlreadyExists");
    assertThat(error.getStatus().getMessage())
        .isEqualTo("virtualmachines.kubevirt.io \"twice-01\" already exists");
  }

  @Test
  void updateWithAStaleResourceVersionIsAConflictStatus() {
    var vms =
        client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND).inNamespace("default");
    GenericKubernetesResource created = vms.resource(DemoVms.vm("default", "stale-01")).create();
    vms.withName("stale-01")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"runStrategy\":\"Halted\"}}");

    KubernetesClientException error =
        catchThrowableOfType(KubernetesClientException.class, () -> vms.resource(created).update());

    assertThat(error.getCode()).isEqualTo(409);
    assertThat(error.getStatus().getReason()).isEqualTo("Conflict");
    assertThat(error.getStatus().getMessage())
        .startsWith("Operation cannot be fulfilled on virtualmachines.kubevirt.io \"stale-01\"");
  }
}
