package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo cluster's RBAC: the VirtDeck ClusterRoles ({@code virtdeck-admin}, {@code
 * virtdeck-operator}, {@code virtdeck-helpdesk}, {@code virtdeck-viewer}), the bindings of the
 * {@link DemoUsers} groups to them, and the self-review and discovery rights every authenticated
 * user has on a real cluster.
 */
public final class RbacSeed {

  /** ClusterRole with every verb on every resource. */
  public static final String ADMIN_ROLE = "virtdeck-admin";

  /** ClusterRole for VM operators, bound per namespace. */
  public static final String OPERATOR_ROLE = "virtdeck-operator";

  /** ClusterRole for the helpdesk: read VMs, power actions and consoles. */
  public static final String HELPDESK_ROLE = "virtdeck-helpdesk";

  /** ClusterRole for cluster-scoped reads: hosts, namespaces, datastores. */
  public static final String VIEWER_ROLE = "virtdeck-viewer";

  private static final Map<String, String> LABELS =
      Map.of("app.kubernetes.io/part-of", "virtdeck-demo");
  private static final List<String> READ = List.of("get", "list", "watch");
  private static final List<String> ALL = List.of("*");

  private RbacSeed() {}

  /**
   * Creates (or updates) the roles and bindings; the operator group is bound in {@code default} and
   * in every one of {@code vmNamespaces}.
   */
  public static void seed(KubernetesClient admin, List<String> vmNamespaces) {
    clusterRole(admin, ADMIN_ROLE, RbacRules.admin());
    clusterRole(admin, OPERATOR_ROLE, RbacRules.operator());
    clusterRole(admin, HELPDESK_ROLE, RbacRules.helpdesk());
    clusterRole(admin, VIEWER_ROLE, RbacRules.viewer());
    clusterRole(admin, "system:basic-user", RbacRules.basicUser());
    clusterRole(admin, "system:discovery", RbacRules.discovery());
    clusterBinding(admin, "virtdeck-admins", ADMIN_ROLE, group(DemoUsers.ADMINS_GROUP));
    clusterBinding(
        admin, "virtdeck-operators-viewer", VIEWER_ROLE, group(DemoUsers.OPERATORS_GROUP));
    clusterBinding(admin, "virtdeck-helpdesk", HELPDESK_ROLE, group(DemoUsers.HELPDESK_GROUP));
    clusterBinding(admin, "virtdeck-helpdesk-viewer", VIEWER_ROLE, group(DemoUsers.HELPDESK_GROUP));
    clusterBinding(
        admin, "system:basic-user", "system:basic-user", group(DemoUsers.AUTHENTICATED_GROUP));
    clusterBinding(
        admin, "system:discovery", "system:discovery", group(DemoUsers.AUTHENTICATED_GROUP));
    var namespaces = new ArrayList<String>();
    namespaces.add("default");
    vmNamespaces.stream().filter(ns -> !ns.equals("default")).forEach(namespaces::add);
    for (var namespace : namespaces) {
      roleBinding(
          admin, namespace, "virtdeck-operators", OPERATOR_ROLE, group(DemoUsers.OPERATORS_GROUP));
    }
    roleBinding(admin, "shop", "shop-owners", OPERATOR_ROLE, group(DemoUsers.SHOP_OWNERS_GROUP));
  }

  /** A rule for the given API groups, resources and verbs. */
  static PolicyRule rule(List<String> groups, List<String> resources, List<String> verbs) {
    return new PolicyRuleBuilder()
        .withApiGroups(groups)
        .withResources(resources)
        .withVerbs(verbs)
        .build();
  }

  static List<String> read() {
    return READ;
  }

  static List<String> all() {
    return ALL;
  }

  static Subject group(String name) {
    return new SubjectBuilder()
        .withKind("Group")
        .withApiGroup("rbac.authorization.k8s.io")
        .withName(name)
        .build();
  }

  static void clusterRole(KubernetesClient admin, String name, List<PolicyRule> rules) {
    var role =
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(LABELS)
            .endMetadata()
            .withRules(rules)
            .build();
    admin.rbac().clusterRoles().resource(role).createOr(NonDeletingOperation::update);
  }

  static void clusterBinding(KubernetesClient admin, String name, String role, Subject subject) {
    var binding =
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(LABELS)
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", role)
            .withSubjects(subject)
            .build();
    admin.rbac().clusterRoleBindings().resource(binding).createOr(NonDeletingOperation::update);
  }

  static void roleBinding(
      KubernetesClient admin, String namespace, String name, String role, Subject subject) {
    var binding =
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .withLabels(LABELS)
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", role)
            .withSubjects(subject)
            .build();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(binding)
        .createOr(NonDeletingOperation::update);
  }
}
