package io.virtdeck.testing;

import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/** RBAC objects tests write with the demo API's admin client: grants, and a binding made again. */
public final class Rbac {

  private static final String GROUP = "rbac.authorization.k8s.io";

  private Rbac() {}

  /**
   * Binds {@code user} to the Role or ClusterRole ({@code roleKind}) {@code role} in {@code
   * namespace}, with a RoleBinding named after the user.
   */
  public static void bind(
      KubernetesClient admin, String namespace, String roleKind, String role, String user) {
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName(user)
                .withNamespace(namespace)
                .endMetadata()
                .withNewRoleRef(GROUP, roleKind, role)
                .addNewSubject()
                .withKind("User")
                .withApiGroup(GROUP)
                .withName(user)
                .endSubject()
                .build())
        .create();
  }

  /** Creates {@code deleted} again, as an administrator restores a binding they removed. */
  public static void recreate(KubernetesClient admin, RoleBinding deleted) {
    admin
        .rbac()
        .roleBindings()
        .inNamespace(deleted.getMetadata().getNamespace())
        .resource(
            new RoleBindingBuilder(deleted)
                .editMetadata()
                .withResourceVersion(null)
                .withUid(null)
                .endMetadata()
                .build())
        .create();
  }
}
