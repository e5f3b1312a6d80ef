package io.virtdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart's RBAC: what VirtDeck's service account may do, and the roles for people. */
class HelmChartRbacTest {

  private static final List<String> READ = List.of("get", "list", "watch");

  @Test
  void serviceAccountReadsExactlyTheCachedKindsAndImpersonates() {
    List<HasMetadata> objects = HelmChart.objects("default.yaml");
    ClusterRole role = HelmChart.find(objects, ClusterRole.class, "virtdeck");

    assertThat(readable(role))
        .containsExactlyInAnyOrder(
            "kubevirt.io/virtualmachines",
            "kubevirt.io/virtualmachineinstances",
            "kubevirt.io/virtualmachineinstancemigrations",
            "/nodes",
            "/namespaces",
            "/persistentvolumeclaims",
            "/persistentvolumes",
            "storage.k8s.io/csistoragecapacities",
            "snapshot.storage.k8s.io/volumesnapshotclasses",
            "nodemaintenance.medik8s.io/nodemaintenances",
            "/events",
            "cdi.kubevirt.io/datavolumes",
            "storage.k8s.io/storageclasses",
            "k8s.cni.cncf.io/network-attachment-definitions",
            "snapshot.kubevirt.io/virtualmachinesnapshots",
            "snapshot.kubevirt.io/virtualmachinerestores",
            "clone.kubevirt.io/virtualmachineclones");
    assertThat(role.getRules())
        .anySatisfy(
            r -> {
              assertThat(r.getResources()).containsExactly("selfsubjectaccessreviews");
              assertThat(r.getVerbs()).containsExactly("create");
            });
    assertThat(impersonation(role))
        .flatExtracting(PolicyRule::getResources)
        .containsExactly("users", "groups");
    assertThat(impersonation(role)).allSatisfy(r -> assertThat(r.getResourceNames()).isEmpty());
    assertThat(role.getRules())
        .filteredOn(r -> !r.getResources().contains("selfsubjectaccessreviews"))
        .allSatisfy(r -> assertThat(r.getVerbs()).doesNotContain("*", "create", "delete", "patch"));

    ClusterRoleBinding binding = HelmChart.find(objects, ClusterRoleBinding.class, "virtdeck");
    assertThat(binding.getRoleRef().getName()).isEqualTo("virtdeck");
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getKind()).isEqualTo("ServiceAccount");
              assertThat(s.getNamespace()).isEqualTo(HelmChart.NAMESPACE);
            });
  }

  @Test
  void serviceAccountKeepsTasksAndHoldsTheExpiryLeaseInItsOwnNamespaceOnly() {
    List<HasMetadata> objects = HelmChart.objects("default.yaml");
    Role role = HelmChart.find(objects, Role.class, "virtdeck");

    assertThat(role.getMetadata().getNamespace()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(role.getRules())
        .anySatisfy(
            r -> {
              assertThat(r.getApiGroups()).containsExactly("virtdeck.io");
              assertThat(r.getResources()).containsExactly("virtdecktasks");
              assertThat(r.getVerbs())
                  .containsExactlyInAnyOrder("get", "list", "watch", "create", "patch", "delete");
            })
        .anySatisfy(
            r -> {
              assertThat(r.getApiGroups()).containsExactly("coordination.k8s.io");
              assertThat(r.getResources()).containsExactly("leases");
              assertThat(r.getVerbs()).containsExactlyInAnyOrder("get", "create", "update");
            });
    RoleBinding binding = HelmChart.find(objects, RoleBinding.class, "virtdeck");
    assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(s -> assertThat(s.getNamespace()).isEqualTo(HelmChart.NAMESPACE));
  }

  @Test
  void impersonationCanBeLimitedToNamedUsersAndGroups() {
    ClusterRole role =
        HelmChart.find(HelmChart.objects("ingress-tls.yaml"), ClusterRole.class, "virtdeck");

    assertThat(impersonation(role))
        .filteredOn(r -> r.getResources().equals(List.of("groups")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getResourceNames())
                    .containsExactly(
                        "virtdeck:helpdesk", "virtdeck:operators", "system:authenticated"));
    assertThat(impersonation(role))
        .filteredOn(r -> r.getResources().equals(List.of("users")))
        .singleElement()
        .satisfies(r -> assertThat(r.getResourceNames()).isEmpty());
  }

  @Test
  void tokenModeCannotImpersonate() {
    ClusterRole role =
        HelmChart.find(HelmChart.objects("token-mode.yaml"), ClusterRole.class, "virtdeck");

    assertThat(impersonation(role)).isEmpty();
    assertThat(readable(role)).hasSize(17);
  }

  @Test
  void userRolesAggregateVirtDeckRulesAndKubeVirtRoles() {
    List<HasMetadata> objects = HelmChart.objects("default.yaml");

    assertAggregates(objects, "virtdeck-helpdesk", "helpdesk", "view");
    assertAggregates(objects, "virtdeck-operator", "operator", "edit");
    assertAggregates(objects, "virtdeck-admin", "admin", "admin");
    ClusterRole helpdeskRules =
        HelmChart.find(objects, ClusterRole.class, "virtdeck-helpdesk-rules");
    assertThat(helpdeskRules.getMetadata().getLabels())
        .containsEntry("virtdeck.io/aggregate-to-helpdesk", "true")
        .containsEntry("virtdeck.io/aggregate-to-operator", "true")
        .containsEntry("virtdeck.io/aggregate-to-admin", "true");
    assertThat(helpdeskRules.getRules())
        .flatExtracting(PolicyRule::getResources)
        .contains("virtualmachines/start", "virtualmachines/stop", "virtualmachineinstances/vnc")
        .doesNotContain("virtualmachines/migrate", "persistentvolumeclaims");
    ClusterRole operatorRules =
        HelmChart.find(objects, ClusterRole.class, "virtdeck-operator-rules");
    assertThat(operatorRules.getMetadata().getLabels())
        .doesNotContainKey("virtdeck.io/aggregate-to-helpdesk");
  }

  @Test
  void userRolesCanBeLeftOut() {
    assertThat(HelmChart.objects("minimal.yaml"))
        .filteredOn(ClusterRole.class::isInstance)
        .extracting(o -> o.getMetadata().getName())
        .containsExactly("virtdeck");
  }

  private static void assertAggregates(
      List<HasMetadata> objects, String name, String virtdeckRole, String kubevirtRole) {
    ClusterRole role = HelmChart.find(objects, ClusterRole.class, name);
    assertThat(role.getAggregationRule().getClusterRoleSelectors())
        .extracting(s -> s.getMatchLabels())
        .containsExactlyInAnyOrder(
            Map.of("virtdeck.io/aggregate-to-" + virtdeckRole, "true"),
            Map.of(
                "kubevirt.io",
                "",
                "rbac.authorization.k8s.io/aggregate-to-" + kubevirtRole,
                "true"));
  }

  private static List<String> readable(ClusterRole role) {
    return role.getRules().stream()
        .filter(r -> r.getVerbs().equals(READ))
        .flatMap(r -> r.getApiGroups().stream().flatMap(g -> resources(g, r)))
        .toList();
  }

  private static Stream<String> resources(String group, PolicyRule rule) {
    return rule.getResources().stream().map(resource -> group + "/" + resource);
  }

  private static List<PolicyRule> impersonation(ClusterRole role) {
    return role.getRules().stream().filter(r -> r.getVerbs().contains("impersonate")).toList();
  }
}
