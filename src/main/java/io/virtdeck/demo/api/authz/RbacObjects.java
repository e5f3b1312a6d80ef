package io.virtdeck.demo.api.authz;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;

/** Every stored RBAC object, as read from the cluster for one snapshot. */
public record RbacObjects(
    List<ClusterRole> clusterRoles,
    List<ClusterRoleBinding> clusterRoleBindings,
    List<Role> roles,
    List<RoleBinding> roleBindings) {

  /** Copies the lists. */
  public RbacObjects {
    clusterRoles = List.copyOf(clusterRoles);
    clusterRoleBindings = List.copyOf(clusterRoleBindings);
    roles = List.copyOf(roles);
    roleBindings = List.copyOf(roleBindings);
  }
}
