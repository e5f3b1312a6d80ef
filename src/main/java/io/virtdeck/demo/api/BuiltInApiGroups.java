package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.ApiResourceFactory.CREATE_ONLY;
import static io.virtdeck.demo.api.ApiResourceFactory.SUBRESOURCE_VERBS;
import static io.virtdeck.demo.api.ApiResourceFactory.UPDATE_ONLY;
import static io.virtdeck.demo.api.ApiResourceFactory.resource;
import static io.virtdeck.demo.api.ApiResourceFactory.subresource;
import static io.virtdeck.demo.api.ApiResourceFactory.withStatus;

import io.fabric8.kubernetes.api.model.APIResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The built-in (non-CRD) API groups of the demo cluster, plus KubeVirt's aggregated {@code
 * subresources.kubevirt.io} group, in the order {@code /apis} lists them.
 */
final class BuiltInApiGroups {

  static final List<GroupVersionResources> ALL =
      List.of(
          group(
              "apps",
              "v1",
              withStatus("deployments", "Deployment", true, "deploy"),
              withStatus("statefulsets", "StatefulSet", true, "sts"),
              withStatus("daemonsets", "DaemonSet", true, "ds"),
              withStatus("replicasets", "ReplicaSet", true, "rs"),
              List.of(resource("controllerrevisions", "ControllerRevision", true))),
          group("events.k8s.io", "v1", List.of(resource("events", "Event", true, "ev"))),
          group(
              "authorization.k8s.io",
              "v1",
              List.of(
                  resource(
                      "localsubjectaccessreviews", "LocalSubjectAccessReview", true, CREATE_ONLY),
                  resource(
                      "selfsubjectaccessreviews", "SelfSubjectAccessReview", false, CREATE_ONLY),
                  resource("selfsubjectrulesreviews", "SelfSubjectRulesReview", false, CREATE_ONLY),
                  resource("subjectaccessreviews", "SubjectAccessReview", false, CREATE_ONLY))),
          group(
              "batch",
              "v1",
              withStatus("cronjobs", "CronJob", true, "cj"),
              withStatus("jobs", "Job", true)),
          group(
              "networking.k8s.io",
              "v1",
              withStatus("ingresses", "Ingress", true, "ing"),
              List.of(resource("ingressclasses", "IngressClass", false)),
              List.of(resource("networkpolicies", "NetworkPolicy", true, "netpol"))),
          group(
              "policy",
              "v1",
              withStatus("poddisruptionbudgets", "PodDisruptionBudget", true, "pdb")),
          group(
              "rbac.authorization.k8s.io",
              "v1",
              List.of(
                  resource("clusterrolebindings", "ClusterRoleBinding", false),
                  resource("clusterroles", "ClusterRole", false),
                  resource("rolebindings", "RoleBinding", true),
                  resource("roles", "Role", true))),
          group(
              "storage.k8s.io",
              "v1",
              List.of(
                  resource("csidrivers", "CSIDriver", false),
                  resource("csinodes", "CSINode", false),
                  resource("csistoragecapacities", "CSIStorageCapacity", true),
                  resource("storageclasses", "StorageClass", false, "sc")),
              withStatus("volumeattachments", "VolumeAttachment", false)),
          group(
              "apiextensions.k8s.io",
              "v1",
              List.of(
                  resource(
                      "customresourcedefinitions",
                      "CustomResourceDefinition",
                      false,
                      "crd",
                      "crds"),
                  subresource(
                      "customresourcedefinitions",
                      "status",
                      "CustomResourceDefinition",
                      false,
                      SUBRESOURCE_VERBS))),
          group("coordination.k8s.io", "v1", List.of(resource("leases", "Lease", true))),
          group(
              "discovery.k8s.io", "v1", List.of(resource("endpointslices", "EndpointSlice", true))),
          group("subresources.kubevirt.io", "v1", kubevirtSubresources()));

  private BuiltInApiGroups() {}

  @SafeVarargs
  private static GroupVersionResources group(
      String group, String version, List<APIResource>... parts) {
    List<APIResource> all = new ArrayList<>();
    Arrays.stream(parts).forEach(all::addAll);
    return new GroupVersionResources(group, version, all);
  }

  private static List<APIResource> kubevirtSubresources() {
    List<APIResource> list = new ArrayList<>();
    for (String action : List.of("start", "stop", "restart", "migrate")) {
      list.add(subresource("virtualmachines", action, "VirtualMachine", true, UPDATE_ONLY));
    }
    for (String action : List.of("addvolume", "removevolume")) {
      list.add(subresource("virtualmachines", action, "VirtualMachine", true, UPDATE_ONLY));
    }
    for (String action : List.of("pause", "unpause")) {
      list.add(
          subresource(
              "virtualmachineinstances", action, "VirtualMachineInstance", true, UPDATE_ONLY));
    }
    for (String stream : List.of("vnc", "console")) {
      list.add(
          subresource(
              "virtualmachineinstances", stream, "VirtualMachineInstance", true, List.of("get")));
    }
    return list;
  }
}
