package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.RbacSeed.all;
import static io.virtdeck.demo.seed.RbacSeed.read;
import static io.virtdeck.demo.seed.RbacSeed.rule;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import java.util.List;

/** The rules of the demo ClusterRoles. */
final class RbacRules {

  static final String SUBRESOURCES = "subresources.kubevirt.io";

  private RbacRules() {}

  static List<PolicyRule> admin() {
    return List.of(
        rule(all(), all(), all()),
        new PolicyRuleBuilder().withNonResourceURLs("*").withVerbs("*").build());
  }

  static List<PolicyRule> operator() {
    return List.of(
        rule(
            List.of("kubevirt.io"),
            List.of(
                "virtualmachines", "virtualmachineinstances", "virtualmachineinstancemigrations"),
            all()),
        rule(List.of("cdi.kubevirt.io"), List.of("datavolumes"), all()),
        // New VM, clone and templates: boot sources, clones, cloud-init Secrets, instance types
        rule(List.of("cdi.kubevirt.io"), List.of("datasources"), read()),
        rule(List.of("cdi.kubevirt.io"), List.of("datavolumes/source"), List.of("create")),
        rule(List.of("clone.kubevirt.io"), List.of("virtualmachineclones"), all()),
        rule(
            List.of("instancetype.kubevirt.io"),
            List.of("virtualmachineinstancetypes", "virtualmachinepreferences"),
            read()),
        rule(List.of(""), List.of("secrets"), List.of("get", "create", "patch", "delete")),
        rule(List.of("snapshot.kubevirt.io"), all(), all()),
        rule(List.of(""), List.of("persistentvolumeclaims"), all()),
        rule(List.of("k8s.cni.cncf.io"), List.of("network-attachment-definitions"), all()),
        rule(
            List.of(SUBRESOURCES),
            List.of(
                "virtualmachines/start",
                "virtualmachines/stop",
                "virtualmachines/restart",
                "virtualmachines/migrate",
                "virtualmachines/addvolume",
                "virtualmachines/removevolume",
                "virtualmachineinstances/pause",
                "virtualmachineinstances/unpause",
                "virtualmachineinstances/addvolume",
                "virtualmachineinstances/removevolume",
                "virtualmachineinstances/vnc",
                "virtualmachineinstances/vnc/screenshot",
                "virtualmachineinstances/console",
                "virtualmachineinstances/guestosinfo",
                "virtualmachineinstances/softreboot"),
            all()),
        rule(List.of("", "events.k8s.io"), List.of("events"), read()),
        rule(List.of(""), List.of("pods"), read()));
  }

  static List<PolicyRule> helpdesk() {
    return List.of(
        rule(List.of("kubevirt.io"), List.of("virtualmachines", "virtualmachineinstances"), read()),
        rule(List.of(""), List.of("namespaces", "nodes", "events"), read()),
        rule(List.of("events.k8s.io"), List.of("events"), read()),
        rule(
            List.of(SUBRESOURCES),
            List.of("virtualmachines/start", "virtualmachines/stop", "virtualmachines/restart"),
            List.of("update")),
        rule(
            List.of(SUBRESOURCES),
            List.of(
                "virtualmachineinstances/vnc",
                "virtualmachineinstances/vnc/screenshot",
                "virtualmachineinstances/console"),
            List.of("get")));
  }

  static List<PolicyRule> viewer() {
    return List.of(
        rule(List.of(""), List.of("nodes", "namespaces"), read()),
        rule(List.of("storage.k8s.io"), List.of("storageclasses", "csistoragecapacities"), read()),
        rule(List.of("snapshot.storage.k8s.io"), List.of("volumesnapshotclasses"), read()));
  }

  static List<PolicyRule> basicUser() {
    return List.of(
        rule(
            List.of("authorization.k8s.io"),
            List.of("selfsubjectaccessreviews", "selfsubjectrulesreviews"),
            List.of("create")));
  }

  static List<PolicyRule> discovery() {
    return List.of(
        new PolicyRuleBuilder()
            .withNonResourceURLs(
                "/api",
                "/api/*",
                "/apis",
                "/apis/*",
                "/healthz",
                "/livez",
                "/openapi",
                "/openapi/*",
                "/readyz",
                "/version",
                "/version/")
            .withVerbs("get")
            .build());
  }
}
