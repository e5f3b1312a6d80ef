package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What KubeVirt does with CPU and memory changes of a running VM under the LiveUpdate rollout
 * strategy: more sockets (cores and threads unchanged) up to {@code maxSockets}, and more guest
 * memory up to {@code maxGuest}, are hot-plugged into the VMI; any other difference of the VM's
 * template from its VMI is reported as "restart required". A template without CPU or memory (a VM
 * sized by an instance type) is left alone.
 */
final class HardwareSync {

  private final KubernetesClient admin;

  HardwareSync(KubernetesClient admin) {
    this.admin = admin;
  }

  /** Hot-plugs what can be; whether a restart is required for the rest. */
  boolean sync(GenericKubernetesResource vm, GenericKubernetesResource vmi) {
    List<Object> ops = new ArrayList<>();
    boolean restart = cpu(vm, vmi, ops) | memory(vm, vmi, ops);
    if (!ops.isEmpty()) {
      Api.op(admin, Api.VMI)
          .inNamespace(vmi.getMetadata().getNamespace())
          .withName(vmi.getMetadata().getName())
          .patch(PatchContext.of(PatchType.JSON), admin.getKubernetesSerialization().asJson(ops));
    }
    return restart;
  }

  private static boolean cpu(
      GenericKubernetesResource vm, GenericKubernetesResource vmi, List<Object> ops) {
    Object wanted = Api.get(vm, "spec", "template", "spec", "domain", "cpu");
    if (wanted == null) {
      return false;
    }
    Object sockets = Api.get(vm, "spec", "template", "spec", "domain", "cpu", "sockets");
    Object live = Api.get(vmi, "spec", "domain", "cpu", "sockets");
    boolean sameShape =
        Objects.equals(
                Api.get(vm, "spec", "template", "spec", "domain", "cpu", "cores"),
                Api.get(vmi, "spec", "domain", "cpu", "cores"))
            && Objects.equals(
                Api.get(vm, "spec", "template", "spec", "domain", "cpu", "threads"),
                Api.get(vmi, "spec", "domain", "cpu", "threads"));
    if (!sameShape) {
      return true;
    }
    if (Objects.equals(number(sockets), number(live))) {
      return false;
    }
    Object max = Api.get(vm, "spec", "template", "spec", "domain", "cpu", "maxSockets");
    if (number(max) > 0
        && number(sockets) > number(live)
        && number(sockets) <= number(max)
        && live != null) {
      ops.add(map("op", "replace", "path", "/spec/domain/cpu/sockets", "value", sockets));
      return false;
    }
    return true;
  }

  private static boolean memory(
      GenericKubernetesResource vm, GenericKubernetesResource vmi, List<Object> ops) {
    String wanted = Api.get(vm, "spec", "template", "spec", "domain", "memory", "guest");
    if (wanted == null) {
      return false;
    }
    String live = Api.get(vmi, "spec", "domain", "memory", "guest");
    if (live == null || bytes(wanted) == bytes(live)) {
      return live == null && bytes(wanted) >= 0;
    }
    String max = Api.get(vm, "spec", "template", "spec", "domain", "memory", "maxGuest");
    if (max != null && bytes(wanted) > bytes(live) && bytes(wanted) <= bytes(max)) {
      ops.add(map("op", "replace", "path", "/spec/domain/memory/guest", "value", wanted));
      return false;
    }
    return true;
  }

  private static int number(@Nullable Object value) {
    return value instanceof Number n ? n.intValue() : value == null ? 1 : -1;
  }

  private static long bytes(String quantity) {
    try {
      return Quantity.getAmountInBytes(new Quantity(quantity)).longValue();
    } catch (RuntimeException unreadable) {
      return -1;
    }
  }
}
