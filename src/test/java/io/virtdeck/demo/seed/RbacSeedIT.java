package io.virtdeck.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class RbacSeedIT {

  static KubernetesClient client;

  @BeforeAll
  static void seed() {
    RbacSeed.seed(client, List.of("shop", "finance", "dev", "infra"));
  }

  private static ClusterRole role(String name) {
    return client.rbac().clusterRoles().withName(name).get();
  }

  @Test
  void createsTheVirtDeckClusterRoles() {
    assertThat(client.rbac().clusterRoles().list().getItems())
        .extracting(r -> r.getMetadata().getName())
        .contains(
            "virtdeck-admin",
            "virtdeck-operator",
            "virtdeck-helpdesk",
            "virtdeck-viewer",
            "system:basic-user");
    assertThat(role("virtdeck-admin").getRules())
        .anySatisfy(
            r -> {
              assertThat(r.getApiGroups()).containsExactly("*");
              assertThat(r.getResources()).containsExactly("*");
              assertThat(r.getVerbs()).containsExactly("*");
            });
  }

  @Test
  void helpdeskMayReadVmsPowerThemAndOpenConsolesOnly() {
    List<PolicyRule> rules = role("virtdeck-helpdesk").getRules();
    assertThat(rules)
        .anySatisfy(
            r -> {
              assertThat(r.getApiGroups()).containsExactly("subresources.kubevirt.io");
              assertThat(r.getResources())
                  .containsExactly(
                      "virtualmachines/start", "virtualmachines/stop", "virtualmachines/restart");
              assertThat(r.getVerbs()).containsExactly("update");
            });
    assertThat(rules)
        .flatExtracting(PolicyRule::getVerbs)
        .containsOnly("get", "list", "watch", "update");
    assertThat(rules)
        .filteredOn(r -> r.getApiGroups().contains("kubevirt.io"))
        .singleElement()
        .satisfies(r -> assertThat(r.getVerbs()).containsExactly("get", "list", "watch"));
  }

  @Test
  void operatorRoleCoversDisksSnapshotsAndNetworks() {
    assertThat(role("virtdeck-operator").getRules())
        .flatExtracting(PolicyRule::getResources)
        .contains(
            "virtualmachines",
            "virtualmachineinstancemigrations",
            "datavolumes",
            "persistentvolumeclaims",
            "network-attachment-definitions",
            "virtualmachineinstances/pause");
  }

  @Test
  void bindsTheDemoGroups() {
    var clusterBindings = client.rbac().clusterRoleBindings().list().getItems();
    assertThat(clusterBindings)
        .extracting(b -> b.getRoleRef().getName() + "<-" + b.getSubjects().getFirst().getName())
        .contains(
            "virtdeck-admin<-virtdeck:admins",
            "virtdeck-viewer<-virtdeck:operators",
            "virtdeck-helpdesk<-virtdeck:helpdesk",
            "virtdeck-viewer<-virtdeck:helpdesk",
            "system:basic-user<-system:authenticated")
        .noneMatch(s -> s.endsWith(DemoUsers.SHOP_OWNERS_GROUP));
    List<RoleBinding> operatorBindings =
        client.rbac().roleBindings().inAnyNamespace().list().getItems().stream()
            .filter(b -> b.getSubjects().getFirst().getName().equals("virtdeck:operators"))
            .toList();
    assertThat(operatorBindings)
        .extracting(b -> b.getMetadata().getNamespace())
        .containsExactlyInAnyOrder("default", "shop", "finance", "dev", "infra");
    assertThat(operatorBindings)
        .allSatisfy(b -> assertThat(b.getRoleRef().getName()).isEqualTo("virtdeck-operator"));
    assertThat(client.rbac().roleBindings().inNamespace("shop").withName("shop-owners").get())
        .satisfies(
            b -> {
              assertThat(b.getRoleRef().getKind()).isEqualTo("ClusterRole");
              assertThat(b.getSubjects())
                  .singleElement()
                  .satisfies(s -> assertThat(s.getKind()).isEqualTo("Group"));
            });
  }

  @Test
  void seedingTwiceUpdatesInPlace() {
    RbacSeed.seed(client, List.of("shop", "finance", "dev", "infra"));
    assertThat(client.rbac().roleBindings().inAnyNamespace().list().getItems()).hasSize(6);
  }

  @Test
  void everyDemoUserHasGroupsAndDescription() {
    assertThat(DemoUsers.ALL)
        .extracting(DemoUsers.DemoUser::username)
        .containsExactly("admin", "operator", "helpdesk", "shop-owner");
    assertThat(DemoUsers.find("helpdesk"))
        .hasValueSatisfying(u -> assertThat(u.groups()).containsExactly("virtdeck:helpdesk"));
    assertThat(DemoUsers.find("nobody")).isEmpty();
  }
}
