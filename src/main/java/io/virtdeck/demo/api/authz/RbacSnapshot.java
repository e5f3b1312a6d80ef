package io.virtdeck.demo.api.authz;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The RBAC objects resolved for fast evaluation: for each subject ({@code User:name}, {@code
 * Group:name}), the rules its ClusterRoleBindings grant, and per namespace the rules its
 * RoleBindings grant. Immutable once built.
 */
final class RbacSnapshot {

  /** The rules one binding grants one subject, described as the API server does, or an error. */
  record Grant(String source, List<PolicyRule> rules, @Nullable String error) {}

  private final Map<String, List<Grant>> cluster = new HashMap<>();
  private final Map<String, Map<String, List<Grant>>> namespaced = new HashMap<>();

  RbacSnapshot(RbacObjects objects) {
    Map<String, ClusterRole> clusterRoles = new HashMap<>();
    objects.clusterRoles().forEach(r -> clusterRoles.put(r.getMetadata().getName(), r));
    Map<String, Role> roles = new HashMap<>();
    objects.roles().forEach(r -> roles.put(key(r.getMetadata().getNamespace(), r), r));
    for (var binding : objects.clusterRoleBindings()) {
      var role = clusterRoles.get(binding.getRoleRef().getName());
      var name = "ClusterRoleBinding \"" + binding.getMetadata().getName() + "\"";
      add(
          cluster,
          binding.getSubjects(),
          "",
          name,
          binding.getRoleRef(),
          role == null ? null : role.getRules());
    }
    for (var binding : objects.roleBindings()) {
      String ns = binding.getMetadata().getNamespace();
      RoleRef ref = binding.getRoleRef();
      List<PolicyRule> rules;
      if ("ClusterRole".equals(ref.getKind())) {
        var role = clusterRoles.get(ref.getName());
        rules = role == null ? null : role.getRules();
      } else {
        var role = roles.get(ns + "/" + ref.getName());
        rules = role == null ? null : role.getRules();
      }
      var name = "RoleBinding \"" + binding.getMetadata().getName() + "/" + ns + "\"";
      add(
          namespaced.computeIfAbsent(ns, n -> new HashMap<>()),
          binding.getSubjects(),
          ns,
          name,
          ref,
          rules);
    }
  }

  /** The grants that apply to a user in a namespace ("" for cluster scope), cluster-wide first. */
  List<Grant> grants(Identity identity, String namespace) {
    var result = new ArrayList<Grant>();
    var inNamespace =
        namespace.isEmpty() ? Map.<String, List<Grant>>of() : namespaced.get(namespace);
    for (var byKey : inNamespace == null ? List.of(cluster) : List.of(cluster, inNamespace)) {
      result.addAll(byKey.getOrDefault("User:" + identity.username(), List.of()));
      for (String group : identity.groups()) {
        result.addAll(byKey.getOrDefault("Group:" + group, List.of()));
      }
    }
    return result;
  }

  private static String key(String namespace, Role role) {
    return namespace + "/" + role.getMetadata().getName();
  }

  private static void add(
      Map<String, List<Grant>> target,
      @Nullable List<Subject> subjects,
      String bindingNamespace,
      String bindingName,
      RoleRef ref,
      @Nullable List<PolicyRule> rules) {
    if (subjects == null) {
      return;
    }
    String error =
        rules == null
            ? ref.getKind().toLowerCase(java.util.Locale.ROOT)
                + ".rbac.authorization.k8s.io \""
                + ref.getName()
                + "\" not found"
            : null;
    for (var subject : subjects) {
      String key;
      String described;
      if ("ServiceAccount".equals(subject.getKind())) {
        String ns = Objects.requireNonNullElse(subject.getNamespace(), bindingNamespace);
        key = "User:system:serviceaccount:" + ns + ":" + subject.getName();
        described = "ServiceAccount \"" + ns + "/" + subject.getName() + "\"";
      } else {
        key = subject.getKind() + ":" + subject.getName();
        described = subject.getKind() + " \"" + subject.getName() + "\"";
      }
      String source =
          bindingName + " of " + ref.getKind() + " \"" + ref.getName() + "\" to " + described;
      target
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Grant(source, rules == null ? List.of() : List.copyOf(rules), error));
    }
  }
}
