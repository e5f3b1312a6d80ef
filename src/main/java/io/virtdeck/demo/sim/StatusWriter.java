package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The simulator's merge patches: a status through the status subresource, a VMI's node label. */
final class StatusWriter {

  private final KubernetesClient admin;

  StatusWriter(KubernetesClient admin) {
    this.admin = admin;
  }

  void patchStatus(
      ResourceDefinitionContext kind, String ns, String name, Map<String, Object> status) {
    Api.op(admin, kind)
        .inNamespace(ns)
        .withName(name)
        .status()
        .patch(PatchContext.of(PatchType.JSON_MERGE), json(map("status", status)));
  }

  void labelNode(String ns, String name, @Nullable Object nodeName) {
    var labels = map("kubevirt.io/nodeName", nodeName);
    Api.op(admin, Api.VMI)
        .inNamespace(ns)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), json(map("metadata", map("labels", labels))));
  }

  private String json(Object value) {
    return admin.getKubernetesSerialization().asJson(value);
  }
}
