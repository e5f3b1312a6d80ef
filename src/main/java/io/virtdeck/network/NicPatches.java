package io.virtdeck.network;

import static io.virtdeck.cluster.JsonPatch.op;

import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pure builders of the JSON patches (RFC 6902) that change a VM's NICs. Each tests the NIC names at
 * the indexes it touches, so a NIC list changed meanwhile is refused (409) rather than changed
 * blindly; appends need no test. The resourceVersion is tested only where a patch creates a missing
 * list (which would replace one created meanwhile): status updates bump the resourceVersion all the
 * time and must not make NIC changes fail. Never a whole-object update.
 */
public final class NicPatches {

  static final String SPEC = "/spec/template/spec";
  static final String INTERFACES = SPEC + "/domain/devices/interfaces";
  static final String NETWORKS = SPEC + "/networks";

  private NicPatches() {}

  /** Adds the interface (bridge binding) and its multus network. */
  public static String add(VirtualMachine vm, NewNic nic) {
    VmiSpec spec = spec(vm);
    List<Object> ops = new ArrayList<>();
    Map<String, Object> iface = new LinkedHashMap<>();
    iface.put("name", nic.name());
    iface.put("model", nic.model());
    iface.put("bridge", Map.of());
    if (!nic.macAddress().isEmpty()) {
      iface.put("macAddress", nic.macAddress());
    }
    Map<String, Object> network = new LinkedHashMap<>();
    network.put("name", nic.name());
    network.put("multus", Map.of("networkName", nic.networkName()));
    var devices = spec.domain == null ? null : spec.domain.devices;
    if (devices == null || devices.interfaces == null || spec.networks == null) {
      ops.add(test("/metadata/resourceVersion", vm.getMetadata().getResourceVersion()));
    }
    if (devices == null) {
      ops.add(op("add", SPEC + "/domain/devices", Map.of("interfaces", List.of(iface))));
    } else if (devices.interfaces == null) {
      ops.add(op("add", INTERFACES, List.of(iface)));
    } else {
      ops.add(op("add", INTERFACES + "/-", iface));
    }
    ops.add(
        spec.networks == null
            ? op("add", NETWORKS, List.of(network))
            : op("add", NETWORKS + "/-", network));
    return json(ops);
  }

  /** Marks the interface {@code state: absent}: KubeVirt unplugs it from the running VM. */
  public static String unplug(VirtualMachine vm, String nicName) {
    int index = interfaceIndex(vm, nicName);
    return json(
        List.of(
            test(INTERFACES + "/" + index + "/name", nicName),
            op("add", INTERFACES + "/" + index + "/state", "absent")));
  }

  /** Removes the interface and its network from the spec (effective at the next start). */
  public static String remove(VirtualMachine vm, String nicName) {
    List<Object> ops = new ArrayList<>();
    int index = interfaceIndex(vm, nicName);
    ops.add(test(INTERFACES + "/" + index + "/name", nicName));
    ops.add(op("remove", INTERFACES + "/" + index, null));
    int network = networkIndex(vm, nicName);
    if (network >= 0) {
      ops.add(test(NETWORKS + "/" + network + "/name", nicName));
      ops.add(op("remove", NETWORKS + "/" + network, null));
    }
    return json(ops);
  }

  /**
   * Points the NIC's network at another port group (needs a restart). Only {@code
   * multus.networkName} is replaced, so other fields of the network (such as {@code
   * multus.default}) are kept; the NIC's name and the port group it was seen on ({@code
   * seenNetworkName}) are tested, so a change made meanwhile is refused with 409.
   */
  public static String reconnect(
      VirtualMachine vm, String nicName, String seenNetworkName, String networkName) {
    int network = networkIndex(vm, nicName);
    if (network < 0) {
      throw new IllegalArgumentException("No network " + nicName);
    }
    String path = NETWORKS + "/" + network;
    return json(
        List.of(
            test(path + "/name", nicName),
            test(path + "/multus/networkName", seenNetworkName),
            op("replace", path + "/multus/networkName", networkName)));
  }

  /** The port group the NIC is connected to in the VM's spec; "" for the pod network. */
  static String networkName(VirtualMachine vm, String nicName) {
    return io.virtdeck.vm.rows.VmNics.networkName(spec(vm), nicName);
  }

  static int interfaceIndex(VirtualMachine vm, String name) {
    VmiSpec spec = spec(vm);
    List<VmiSpec.Interface> interfaces =
        spec.domain == null || spec.domain.devices == null || spec.domain.devices.interfaces == null
            ? List.of()
            : spec.domain.devices.interfaces;
    for (int i = 0; i < interfaces.size(); i++) {
      if (name.equals(interfaces.get(i).name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No interface " + name);
  }

  static int networkIndex(VirtualMachine vm, String name) {
    List<VmiSpec.Network> networks = spec(vm).networks;
    for (int i = 0; networks != null && i < networks.size(); i++) {
      if (name.equals(networks.get(i).name)) {
        return i;
      }
    }
    return -1;
  }

  static VmiSpec spec(VirtualMachine vm) {
    var spec = vm.getSpec();
    return spec == null || spec.template == null || spec.template.spec == null
        ? new VmiSpec()
        : spec.template.spec;
  }

  private static Map<String, Object> test(String path, @Nullable String value) {
    return op("test", path, value == null ? "" : value);
  }

  static String json(Object value) {
    return JsonPatch.json(value);
  }
}
