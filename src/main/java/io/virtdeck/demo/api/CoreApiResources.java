package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.ApiResourceFactory.CREATE_ONLY;
import static io.virtdeck.demo.api.ApiResourceFactory.GET_ONLY;
import static io.virtdeck.demo.api.ApiResourceFactory.SUBRESOURCE_VERBS;
import static io.virtdeck.demo.api.ApiResourceFactory.UPDATE_ONLY;
import static io.virtdeck.demo.api.ApiResourceFactory.resource;
import static io.virtdeck.demo.api.ApiResourceFactory.subresource;

import io.fabric8.kubernetes.api.model.APIResource;
import java.util.ArrayList;
import java.util.List;

/** The core ({@code /api/v1}) resources a real cluster lists, with their subresources. */
final class CoreApiResources {

  static final GroupVersionResources V1 = new GroupVersionResources("", "v1", build());

  private CoreApiResources() {}

  private static List<APIResource> build() {
    List<APIResource> list = new ArrayList<>();
    list.add(resource("bindings", "Binding", true, CREATE_ONLY));
    list.add(resource("componentstatuses", "ComponentStatus", false, List.of("get", "list"), "cs"));
    list.add(resource("configmaps", "ConfigMap", true, "cm"));
    list.add(resource("endpoints", "Endpoints", true, "ep"));
    list.add(resource("events", "Event", true, "ev"));
    list.add(resource("limitranges", "LimitRange", true, "limits"));
    list.add(resource("namespaces", "Namespace", false, withoutCollectionDelete(), "ns"));
    list.add(subresource("namespaces", "finalize", "Namespace", false, UPDATE_ONLY));
    list.add(subresource("namespaces", "status", "Namespace", false, SUBRESOURCE_VERBS));
    list.add(resource("nodes", "Node", false, "no"));
    list.add(subresource("nodes", "proxy", "NodeProxyOptions", false, GET_ONLY));
    list.add(subresource("nodes", "status", "Node", false, SUBRESOURCE_VERBS));
    list.add(resource("persistentvolumeclaims", "PersistentVolumeClaim", true, "pvc"));
    list.add(
        subresource(
            "persistentvolumeclaims", "status", "PersistentVolumeClaim", true, SUBRESOURCE_VERBS));
    list.add(resource("persistentvolumes", "PersistentVolume", false, "pv"));
    list.add(
        subresource("persistentvolumes", "status", "PersistentVolume", false, SUBRESOURCE_VERBS));
    list.add(resource("pods", "Pod", true, "po"));
    list.add(subresource("pods", "binding", "Binding", true, CREATE_ONLY));
    list.add(subresource("pods", "eviction", "Eviction", true, CREATE_ONLY));
    list.add(subresource("pods", "exec", "PodExecOptions", true, List.of("create", "get")));
    list.add(subresource("pods", "log", "Pod", true, GET_ONLY));
    list.add(subresource("pods", "status", "Pod", true, SUBRESOURCE_VERBS));
    list.add(resource("podtemplates", "PodTemplate", true));
    list.add(resource("replicationcontrollers", "ReplicationController", true, "rc"));
    list.add(
        subresource(
            "replicationcontrollers", "status", "ReplicationController", true, SUBRESOURCE_VERBS));
    list.add(resource("resourcequotas", "ResourceQuota", true, "quota"));
    list.add(subresource("resourcequotas", "status", "ResourceQuota", true, SUBRESOURCE_VERBS));
    list.add(resource("secrets", "Secret", true));
    list.add(resource("serviceaccounts", "ServiceAccount", true, "sa"));
    list.add(subresource("serviceaccounts", "token", "TokenRequest", true, CREATE_ONLY));
    list.add(resource("services", "Service", true, withoutCollectionDelete(), "svc"));
    list.add(subresource("services", "proxy", "ServiceProxyOptions", true, GET_ONLY));
    list.add(subresource("services", "status", "Service", true, SUBRESOURCE_VERBS));
    return list;
  }

  private static List<String> withoutCollectionDelete() {
    return List.of("create", "delete", "get", "list", "patch", "update", "watch");
  }
}
