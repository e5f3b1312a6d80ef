package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What KubeVirt does with NIC changes of a running VM under the LiveUpdate rollout strategy:
 * hot-plugs a new bridge/virtio interface into the VMI (spec, then status with a MAC and an IP from
 * the VLAN's range), hot-unplugs an interface marked {@code state: absent} and then trims it from
 * the VM, and reports any other difference (model, network, a removed NIC, a non-virtio NIC) as
 * "restart required".
 */
final class NicSync {

  private final KubernetesClient admin;
  private final VmiLifecycle lifecycle;

  NicSync(KubernetesClient admin, VmiLifecycle lifecycle) {
    this.admin = admin;
    this.lifecycle = lifecycle;
  }

  /**
   * Brings the running VMI's NICs in line with the VM; whether a restart is required. Changes are
   * decided on the cached objects and, when there are any, made from freshly read ones.
   */
  boolean sync(GenericKubernetesResource cachedVm, GenericKubernetesResource cachedVmi) {
    if (!sync(cachedVm, cachedVmi, false)) {
      return false;
    }
    var meta = cachedVm.getMetadata();
    var vm = Api.op(admin, Api.VM).inNamespace(meta.getNamespace()).withName(meta.getName()).get();
    var vmi =
        Api.op(admin, Api.VMI).inNamespace(meta.getNamespace()).withName(meta.getName()).get();
    return vm != null && vmi != null && sync(vm, vmi, true);
  }

  /** Whether a change or restart is needed; with {@code act}, the changes are made. */
  private boolean sync(GenericKubernetesResource vm, GenericKubernetesResource vmi, boolean act) {
    List<Map<String, Object>> wanted =
        list(Api.get(vm, "spec", "template", "spec", "domain", "devices", "interfaces"));
    List<Map<String, Object>> wantedNets =
        list(Api.get(vm, "spec", "template", "spec", "networks"));
    List<Map<String, Object>> live = list(Api.get(vmi, "spec", "domain", "devices", "interfaces"));
    List<Map<String, Object>> liveNets = list(Api.get(vmi, "spec", "networks"));
    var ifaces = new ArrayList<>(live);
    var nets = new ArrayList<>(liveNets);
    List<String> trim = new ArrayList<>();
    boolean restart = false;
    for (var nic : wanted) {
      Object name = nic.get("name");
      var now = find(live, name);
      if ("absent".equals(nic.get("state"))) {
        if (now != null && nic.containsKey("bridge")) {
          ifaces.remove(now);
          nets.removeIf(n -> Objects.equals(n.get("name"), name));
        } else if (now != null) {
          restart = true;
          continue;
        }
        trim.add(String.valueOf(name));
      } else if (now == null) {
        boolean virtio = nic.get("model") == null || "virtio".equals(nic.get("model"));
        var net = find(wantedNets, name);
        if (virtio && nic.containsKey("bridge") && net != null) {
          ifaces.add(nic);
          nets.add(net);
        } else {
          restart = true;
        }
      } else if (!Objects.equals(nic.get("model"), now.get("model"))
          || !Objects.equals(find(wantedNets, name), find(liveNets, name))) {
        restart = true;
      }
    }
    restart |= live.stream().anyMatch(nic -> find(wanted, nic.get("name")) == null);
    boolean change = !ifaces.equals(live) || !trim.isEmpty();
    if (!act) {
      return restart || change;
    }
    if (!ifaces.equals(live)) {
      apply(vmi, ifaces, nets);
    }
    if (!trim.isEmpty()) {
      trimVm(vm, trim);
    }
    return restart;
  }

  private void apply(
      GenericKubernetesResource vmi,
      List<Map<String, Object>> ifaces,
      List<Map<String, Object>> nets) {
    var meta = vmi.getMetadata();
    var ops =
        List.of(
            map("op", "add", "path", "/spec/domain/devices/interfaces", "value", ifaces),
            map("op", "add", "path", "/spec/networks", "value", nets));
    Api.op(admin, Api.VMI)
        .inNamespace(meta.getNamespace())
        .withName(meta.getName())
        .patch(PatchContext.of(PatchType.JSON), json(ops));
    List<Map<String, Object>> statuses = list(Api.get(vmi, "status", "interfaces"));
    var result = new ArrayList<Object>();
    for (int i = 0; i < ifaces.size(); i++) {
      var nic = ifaces.get(i);
      var known = find(statuses, nic.get("name"));
      result.add(known != null ? known : plugged(vmi, nic, find(nets, nic.get("name")), i));
    }
    Api.op(admin, Api.VMI)
        .inNamespace(meta.getNamespace())
        .withName(meta.getName())
        .status()
        .patch(
            PatchContext.of(PatchType.JSON),
            json(List.of(map("op", "add", "path", "/status/interfaces", "value", result))));
  }

  private Map<String, Object> plugged(
      GenericKubernetesResource vmi,
      Map<String, Object> nic,
      @Nullable Map<String, Object> net,
      int index) {
    String ip = net == null ? null : lifecycle.multusAddress(vmi.getMetadata().getNamespace(), net);
    String mac =
        nic.get("macAddress") instanceof String m
            ? m
            : "02:%02x:%02x:00:01:%02x"
                .formatted(
                    Math.abs(vmi.getMetadata().getName().hashCode()) % 256,
                    Math.abs(vmi.getMetadata().getNamespace().hashCode()) % 256,
                    index);
    var status = new LinkedHashMap<String, Object>();
    status.put("name", nic.get("name"));
    status.put("interfaceName", "eth" + index);
    status.put("mac", mac);
    status.put("linkState", "up");
    status.put("infoSource", "domain, multus-status");
    if (ip != null) {
      status.put("ipAddress", ip);
      status.put("ipAddresses", List.of(ip));
    }
    return status;
  }

  /** Removes unplugged interfaces (and their networks) from the VM, as KubeVirt does. */
  private void trimVm(GenericKubernetesResource vm, List<String> names) {
    List<Map<String, Object>> ifaces =
        list(Api.get(vm, "spec", "template", "spec", "domain", "devices", "interfaces"));
    List<Map<String, Object>> nets = list(Api.get(vm, "spec", "template", "spec", "networks"));
    var ops = new ArrayList<Object>();
    for (int i = ifaces.size() - 1; i >= 0; i--) {
      if (names.contains(String.valueOf(ifaces.get(i).get("name")))) {
        ops.add(map("op", "remove", "path", "/spec/template/spec/domain/devices/interfaces/" + i));
      }
    }
    for (int i = nets.size() - 1; i >= 0; i--) {
      if (names.contains(String.valueOf(nets.get(i).get("name")))) {
        ops.add(map("op", "remove", "path", "/spec/template/spec/networks/" + i));
      }
    }
    Api.op(admin, Api.VM)
        .inNamespace(vm.getMetadata().getNamespace())
        .withName(vm.getMetadata().getName())
        .patch(PatchContext.of(PatchType.JSON), json(ops));
  }

  private static @Nullable Map<String, Object> find(
      List<Map<String, Object>> list, @Nullable Object name) {
    return list.stream().filter(m -> Objects.equals(m.get("name"), name)).findFirst().orElse(null);
  }

  private static List<Map<String, Object>> list(@Nullable List<Map<String, Object>> value) {
    return value == null ? List.of() : value;
  }

  private String json(Object value) {
    return admin.getKubernetesSerialization().asJson(value);
  }
}
