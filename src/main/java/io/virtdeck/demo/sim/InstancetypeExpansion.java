package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What KubeVirt does with a VM's instance type when it starts it: the instance's CPU (as sockets of
 * one core and one thread) and guest memory come from the {@code VirtualMachineClusterInstancetype}
 * or {@code VirtualMachineInstancetype} the VM names. A missing instance type leaves the template
 * as it is.
 */
final class InstancetypeExpansion {

  private InstancetypeExpansion() {}

  /** The VMI body for the VM: a copy of {@code body} with the instance type's CPU and memory. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> apply(
      KubernetesClient admin, GenericKubernetesResource vm, Map<String, Object> body) {
    String name = Api.get(vm, "spec", "instancetype", "name");
    if (name == null) {
      return body;
    }
    String kind = Api.get(vm, "spec", "instancetype", "kind");
    var type = find(admin, kind, vm.getMetadata().getNamespace(), name);
    if (type == null) {
      return body;
    }
    var copy =
        (Map<String, Object>)
            admin.getKubernetesSerialization().unmarshal(json(admin, body), Map.class);
    var spec = (Map<String, Object>) copy.computeIfAbsent("spec", k -> new LinkedHashMap<>());
    var domain = (Map<String, Object>) spec.computeIfAbsent("domain", k -> new LinkedHashMap<>());
    Object guestCpus = Api.get(type, "spec", "cpu", "guest");
    if (guestCpus instanceof Number cpus) {
      var cpu = new LinkedHashMap<String, Object>();
      cpu.put("sockets", cpus.intValue());
      cpu.put("cores", 1);
      cpu.put("threads", 1);
      if (Boolean.TRUE.equals(Api.get(type, "spec", "cpu", "dedicatedCPUPlacement"))) {
        cpu.put("dedicatedCpuPlacement", true);
      }
      domain.put("cpu", cpu);
    }
    Object guestMemory = Api.get(type, "spec", "memory", "guest");
    if (guestMemory instanceof String memory) {
      domain.put("memory", new LinkedHashMap<>(Map.of("guest", memory)));
    }
    return copy;
  }

  private static @Nullable GenericKubernetesResource find(
      KubernetesClient admin, @Nullable String kind, String namespace, String name) {
    boolean namespaced = "VirtualMachineInstancetype".equals(kind);
    var context =
        new ResourceDefinitionContext.Builder()
            .withGroup("instancetype.kubevirt.io")
            .withVersion("v1")
            .withKind(
                namespaced ? "VirtualMachineInstancetype" : "VirtualMachineClusterInstancetype")
            .withPlural(
                namespaced ? "virtualmachineinstancetypes" : "virtualmachineclusterinstancetypes")
            .withNamespaced(namespaced)
            .build();
    var op = admin.genericKubernetesResources(context);
    return namespaced ? op.inNamespace(namespace).withName(name).get() : op.withName(name).get();
  }

  private static String json(KubernetesClient admin, Object value) {
    return admin.getKubernetesSerialization().asJson(value);
  }
}
