package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.demo.seed.DemoInventory;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RBAC enforcement per demo user on the seeded demo cluster (no simulator). */
class DemoApiServerAuthorizationIT {

  @RegisterExtension static final DemoApi demo = DemoApi.seeded(DemoInventory.DEFAULT_VM_COUNT);

  private static KubernetesClient as(DemoUsers.DemoUser user) {
    return demo.users().as(user);
  }

  private static io.fabric8.kubernetes.client.dsl.MixedOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      vms(KubernetesClient client) {
    return client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND);
  }

  private static KubernetesClientException refused(Runnable call) {
    var e = catchThrowableOfType(KubernetesClientException.class, call::run);
    assertThat(e).as("expected a refusal").isNotNull();
    assertThat(e.getCode()).isEqualTo(403);
    return e;
  }

  @Test
  void helpdeskListsVmsButMayNotDeleteOrPatchThem() throws Exception {
    var helpdesk = as(DemoUsers.HELPDESK);
    assertThat(vms(helpdesk).inNamespace("shop").list().getItems()).isNotEmpty();
    assertThat(vms(helpdesk).inAnyNamespace().list().getItems()).hasSizeGreaterThan(20);

    var deleted = refused(() -> vms(helpdesk).inNamespace("shop").withName("web-01").delete());
    assertThat(deleted.getStatus().getReason()).isEqualTo("Forbidden");
    assertThat(deleted.getStatus().getMessage())
        .isEqualTo(
            "virtualmachines.kubevirt.io \"web-01\" is forbidden: User \"helpdesk\" cannot delete"
                + " resource \"virtualmachines\" in API group \"kubevirt.io\" in the namespace"
                + " \"shop\"");
    assertThat(deleted.getStatus().getDetails().getName()).isEqualTo("web-01");
    assertThat(deleted.getStatus().getDetails().getGroup()).isEqualTo("kubevirt.io");
    assertThat(deleted.getStatus().getDetails().getKind()).isEqualTo("virtualmachines");
    var patched =
        refused(
            () ->
                vms(helpdesk)
                    .inNamespace("shop")
                    .withName("web-01")
                    .patch(
                        PatchContext.of(PatchType.JSON_MERGE),
                        "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}"));
    assertThat(patched.getStatus().getMessage())
        .isEqualTo(
            "virtualmachines.kubevirt.io \"web-01\" is forbidden: User \"helpdesk\" cannot patch"
                + " resource \"virtualmachines\" in API group \"kubevirt.io\" in the namespace"
                + " \"shop\"");
    assertThat(
            demo.admin()
                .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
                .inNamespace("shop")
                .withName("web-01")
                .get())
        .isNotNull();

    var stop =
        demo.users().subresource(DemoUsers.HELPDESK, "shop", "virtualmachines", "web-01", "stop");
    assertThat(stop.statusCode()).isEqualTo(202);
    assertThat(
            refused(() -> helpdesk.secrets().inNamespace("shop").list()).getStatus().getMessage())
        .isEqualTo(
            "secrets is forbidden: User \"helpdesk\" cannot list resource \"secrets\" in API group"
                + " \"\" in the namespace \"shop\"");
  }

  @Test
  void shopOwnerSeesOnlyShop() {
    var owner = as(DemoUsers.SHOP_OWNER);
    assertThat(vms(owner).inNamespace("shop").list().getItems())
        .allSatisfy(vm -> assertThat(vm.getMetadata().getNamespace()).isEqualTo("shop"))
        .isNotEmpty();
    refused(() -> vms(owner).inNamespace("finance").list());
    var all = refused(() -> vms(owner).inAnyNamespace().list());
    assertThat(all.getStatus().getMessage())
        .isEqualTo(
            "virtualmachines.kubevirt.io is forbidden: User \"shop-owner\" cannot list resource"
                + " \"virtualmachines\" in API group \"kubevirt.io\" at the cluster scope");
    refused(() -> owner.nodes().list());
  }

  @Test
  void operatorCreatesDataVolumesButMayNotDeleteNamespaces() {
    var operator = as(DemoUsers.OPERATOR);
    GenericKubernetesResource dv =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("cdi.kubevirt.io/v1beta1")
            .withKind("DataVolume")
            .withNewMetadata()
            .withName("scratch-01")
            .withNamespace("dev")
            .endMetadata()
            .addToAdditionalProperties(
                "spec", Map.of("source", Map.of("blank", Map.of()), "storage", Map.of()))
            .build();
    var created =
        operator
            .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataVolume")
            .inNamespace("dev")
            .resource(dv)
            .create();
    assertThat(created.getMetadata().getUid()).isNotNull();
    var denied = refused(() -> operator.namespaces().withName("dev").delete());
    assertThat(denied.getStatus().getMessage())
        .isEqualTo(
            "namespaces \"dev\" is forbidden: User \"operator\" cannot delete resource"
                + " \"namespaces\" in API group \"\" in the namespace \"dev\"");
    assertThat(operator.nodes().list().getItems()).hasSize(4);
    var roles = refused(() -> operator.rbac().clusterRoles().list());
    assertThat(roles.getStatus().getMessage())
        .isEqualTo(
            "clusterroles.rbac.authorization.k8s.io is forbidden: User \"operator\" cannot list"
                + " resource \"clusterroles\" in API group \"rbac.authorization.k8s.io\" at the"
                + " cluster scope");
  }

  @Test
  void adminMayDoEverything() {
    var admin = as(DemoUsers.ADMIN);
    assertThat(admin.rbac().clusterRoles().list().getItems()).isNotEmpty();
    admin
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("scratch")
                .endMetadata()
                .build())
        .create();
    vms(admin).inNamespace("scratch").resource(DemoVms.vm("scratch", "tmp-01")).create();
    assertThat(vms(admin).inNamespace("scratch").withName("tmp-01").delete()).isNotEmpty();
    assertThat(admin.namespaces().withName("scratch").delete()).isNotEmpty();
  }

  @Test
  void requestsWithoutImpersonationStayUnrestricted() throws Exception {
    var response = demo.users().send(null, "GET", "/api/v1/secrets", "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(demo.admin().rbac().clusterRoles().list().getItems()).isNotEmpty();
  }

  @Test
  void discoveryIsAlwaysAllowed() throws Exception {
    for (var path : new String[] {"/api", "/apis", "/apis/kubevirt.io/v1", "/version"}) {
      assertThat(demo.users().send(DemoUsers.SHOP_OWNER, "GET", path, "").statusCode())
          .as(path)
          .isEqualTo(200);
    }
  }

  @Test
  void rbacWriteTakesEffectOnTheNextRequest() {
    var owner = as(DemoUsers.SHOP_OWNER);
    refused(() -> vms(owner).inNamespace("infra").list());
    demo.admin()
        .rbac()
        .roleBindings()
        .inNamespace("infra")
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("shop-owner-user")
                .withNamespace("infra")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "virtdeck-helpdesk")
                .addNewSubject()
                .withKind("User")
                .withName("shop-owner")
                .endSubject()
                .build())
        .create();
    assertThat(vms(owner).inNamespace("infra").list().getItems()).isNotEmpty();
    demo.admin().rbac().roleBindings().inNamespace("infra").withName("shop-owner-user").delete();
    refused(() -> vms(owner).inNamespace("infra").list());
  }

  @Test
  void forbiddenAnswerIsAStatusDocument() throws Exception {
    var response =
        demo.users()
            .send(
                DemoUsers.HELPDESK,
                "DELETE",
                "/apis/kubevirt.io/v1/namespaces/shop/virtualmachines/web-01",
                "");
    assertThat(response.statusCode()).isEqualTo(403);
    var status = Serialization.unmarshal(response.body(), Status.class);
    assertThat(status.getKind()).isEqualTo("Status");
    assertThat(status.getStatus()).isEqualTo("Failure");
    assertThat(status.getCode()).isEqualTo(403);
  }

  @Test
  void receivedRequestsRecordImpersonationAndTokens() throws Exception {
    demo.server().clearReceivedRequests();
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    demo.server().url() + "/apis/kubevirt.io/v1/namespaces/shop/virtualmachines"))
            .header("Impersonate-User", "helpdesk")
            .header("Impersonate-Group", "virtdeck:helpdesk")
            .header("Impersonate-Group", "extra")
            .header("Authorization", "Bearer abc.def")
            .timeout(java.time.Duration.ofSeconds(30))
            .GET()
            .build();
    try (var http = java.net.http.HttpClient.newHttpClient()) {
      var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      // the JDK's client asks to upgrade to h2c; the demo API, as an API server's plain port,
      // answers in HTTP/1.1 (CI saw an upgraded request left unanswered)
      assertThat(response.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }
    demo.users()
        .send(
            DemoUsers.SHOP_OWNER,
            "POST",
            "/apis/kubevirt.io/v1/namespaces/finance/virtualmachines",
            "{\"a\":1}");
    assertThat(demo.server().receivedRequests())
        .hasSize(2)
        .first()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("GET");
              assertThat(r.path())
                  .isEqualTo("/apis/kubevirt.io/v1/namespaces/shop/virtualmachines");
              assertThat(r.impersonatedUser()).isEqualTo("helpdesk");
              assertThat(r.impersonatedGroups()).containsExactly("virtdeck:helpdesk", "extra");
              assertThat(r.bearerTokenPresent()).isTrue();
              assertThat(r.bearerToken()).isEqualTo("abc.def");
              assertThat(r.responseCode()).isEqualTo(200);
            });
    assertThat(demo.server().receivedRequests().get(1))
        .satisfies(
            r -> {
              assertThat(r.body()).isEqualTo("{\"a\":1}");
              assertThat(r.responseCode()).isEqualTo(403);
              assertThat(r.bearerTokenPresent()).isFalse();
              assertThat(r.bearerToken()).isNull();
            });
  }
}
