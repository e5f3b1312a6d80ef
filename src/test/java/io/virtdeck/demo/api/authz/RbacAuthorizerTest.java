package io.virtdeck.demo.api.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** RBAC semantics of the authorizer, on hand-made RBAC objects. */
class RbacAuthorizerTest {

  private static final Identity ALICE = Identity.impersonated("alice", List.of("team"));

  private static ClusterRole clusterRole(
      String name, String group, String resource, String... verbs) {
    return new ClusterRoleBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withRules(
            new PolicyRuleBuilder()
                .withApiGroups(group)
                .withResources(resource)
                .withVerbs(verbs)
                .build())
        .build();
  }

  private static RbacObjects objects() {
    var readPods = clusterRole("read-pods", "", "pods", "get", "list");
    var statusAny = clusterRole("status-any", "*", "*/status", "get");
    var oneVm =
        new RoleBuilder()
            .withNewMetadata()
            .withName("one-vm")
            .withNamespace("shop")
            .endMetadata()
            .withRules(
                new PolicyRuleBuilder()
                    .withApiGroups("kubevirt.io")
                    .withResources("virtualmachines")
                    .withResourceNames("web-01")
                    .withVerbs("get", "patch")
                    .build())
            .build();
    var userBinding =
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName("alice-pods")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "read-pods")
            .withSubjects(new SubjectBuilder().withKind("User").withName("alice").build())
            .build();
    var groupBinding =
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("team-vm")
            .withNamespace("shop")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", "one-vm")
            .withSubjects(new SubjectBuilder().withKind("Group").withName("team").build())
            .build();
    var statusBinding =
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("status")
            .withNamespace("dev")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "status-any")
            .withSubjects(
                new SubjectBuilder().withKind("Group").withName("system:authenticated").build())
            .build();
    var dangling =
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("dangling")
            .withNamespace("infra")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "gone")
            .withSubjects(new SubjectBuilder().withKind("User").withName("alice").build())
            .build();
    return new RbacObjects(
        List.of(readPods, statusAny),
        List.of(userBinding),
        List.of(oneVm),
        List.of(groupBinding, statusBinding, dangling));
  }

  private final RbacAuthorizer authorizer = new RbacAuthorizer(RbacAuthorizerTest::objects);

  private Decision can(
      String verb, String group, String ns, String resource, String sub, String name) {
    return authorizer.authorize(
        ALICE, RequestAttributes.resource(verb, group, ns, resource, sub, name));
  }

  @Test
  void userSubjectOfClusterRoleBindingAllowsEverywhere() {
    var decision = can("list", "", "finance", "pods", "", "");
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reason())
        .isEqualTo(
            "RBAC: allowed by ClusterRoleBinding \"alice-pods\" of ClusterRole \"read-pods\" to User \"alice\"");
    assertThat(can("list", "", "", "pods", "", "").allowed()).isTrue();
    assertThat(can("delete", "", "finance", "pods", "", "x").allowed()).isFalse();
    assertThat(can("get", "apps", "finance", "pods", "", "x").allowed()).isFalse();
    assertThat(can("get", "", "finance", "pods", "log", "x").allowed()).isFalse();
  }

  @Test
  void groupSubjectOfRoleBindingAllowsNamedObjectInItsNamespaceOnly() {
    var decision = can("patch", "kubevirt.io", "shop", "virtualmachines", "", "web-01");
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reason())
        .isEqualTo(
            "RBAC: allowed by RoleBinding \"team-vm/shop\" of Role \"one-vm\" to Group \"team\"");
    assertThat(can("patch", "kubevirt.io", "shop", "virtualmachines", "", "web-02").allowed())
        .isFalse();
    assertThat(can("list", "kubevirt.io", "shop", "virtualmachines", "", "").allowed()).isFalse();
    assertThat(can("patch", "kubevirt.io", "dev", "virtualmachines", "", "web-01").allowed())
        .isFalse();
  }

  @Test
  void wildcardSubresourceRuleAndImpliedAuthenticatedGroup() {
    assertThat(can("get", "kubevirt.io", "dev", "virtualmachines", "status", "a").allowed())
        .isTrue();
    assertThat(can("get", "kubevirt.io", "dev", "virtualmachines", "", "a").allowed()).isFalse();
    assertThat(ALICE.groups()).containsExactly("team", "system:authenticated");
  }

  @Test
  void danglingRoleReferenceIsReportedAsReason() {
    var decision = can("get", "", "infra", "secrets", "", "x");
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason())
        .isEqualTo("RBAC: clusterrole.rbac.authorization.k8s.io \"gone\" not found");
  }

  @Test
  void forbiddenMessagesMatchTheApiServer() {
    var helpdesk = Identity.impersonated("helpdesk", List.of());
    assertThat(
            RbacAuthorizer.forbiddenMessage(
                helpdesk,
                RequestAttributes.resource(
                    "patch", "kubevirt.io", "shop", "virtualmachines", "", "web-01"),
                ""))
        .isEqualTo(
            "virtualmachines.kubevirt.io \"web-01\" is forbidden: User \"helpdesk\" cannot patch"
                + " resource \"virtualmachines\" in API group \"kubevirt.io\" in the namespace \"shop\"");
    assertThat(
            RbacAuthorizer.forbiddenMessage(
                helpdesk,
                RequestAttributes.resource(
                    "update",
                    "subresources.kubevirt.io",
                    "shop",
                    "virtualmachines",
                    "stop",
                    "web-01"),
                ""))
        .isEqualTo(
            "virtualmachines.subresources.kubevirt.io \"web-01\" is forbidden: User \"helpdesk\""
                + " cannot update resource \"virtualmachines/stop\" in API group"
                + " \"subresources.kubevirt.io\" in the namespace \"shop\"");
    assertThat(
            RbacAuthorizer.forbiddenMessage(
                helpdesk, RequestAttributes.resource("list", "", "", "secrets", "", ""), "RBAC: x"))
        .isEqualTo(
            "secrets is forbidden: User \"helpdesk\" cannot list resource \"secrets\" in API group"
                + " \"\" at the cluster scope: RBAC: x");
    assertThat(
            RbacAuthorizer.forbiddenMessage(
                helpdesk, RequestAttributes.nonResource("get", "/metrics"), ""))
        .isEqualTo("forbidden: User \"helpdesk\" cannot get path \"/metrics\"");
  }

  @Test
  void rulesReviewListsClusterAndNamespaceRules() {
    var review = authorizer.rules(ALICE, "shop");
    assertThat(review.resourceRules())
        .extracting(r -> r.getResources().getFirst())
        .containsExactly("pods", "virtualmachines");
    assertThat(review.resourceRules().get(1).getResourceNames()).containsExactly("web-01");
    assertThat(review.incomplete()).isFalse();
    assertThat(authorizer.rules(ALICE, "infra").incomplete()).isTrue();
  }

  @Test
  void snapshotIsLoadedOnceUntilInvalidated() {
    var loads = new AtomicInteger();
    var counting =
        new RbacAuthorizer(
            () -> {
              loads.incrementAndGet();
              return objects();
            });
    var request = RequestAttributes.resource("list", "", "dev", "pods", "", "");
    for (int i = 0; i < 100; i++) {
      assertThat(counting.authorize(ALICE, request).allowed()).isTrue();
    }
    assertThat(loads).hasValue(1);
    counting.invalidate();
    counting.authorize(ALICE, request);
    assertThat(loads).hasValue(2);
  }
}
