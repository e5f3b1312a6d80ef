package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * KubeVirt's {@code addvolume} and {@code removevolume} on a VirtualMachine (as {@code virtctl
 * addvolume --persist} sends them): the hot-pluggable disk and volume are added to (removed from)
 * the VM's template, and, when an instance runs, to its spec and its {@code status.volumeStatus}
 * (phase Ready, with a hotplugVolume attachment pod), as virt-controller and virt-handler do.
 */
final class VolumeActions {

  private static final String SPEC = "/spec/template/spec";
  private static final String VMI_SPEC = "/spec";

  private final StoreAccess store;
  private final ApiEvents events;

  VolumeActions(StoreAccess store, ApiEvents events) {
    this.store = store;
    this.events = events;
  }

  MockResponse add(String ns, String name, Map<String, Object> body, @Nullable String user) {
    var vm = store.get(VirtApiVmActions.vmPath(ns, name));
    if (vm == null) {
      return VirtApiVmActions.notFound("virtualmachine", name);
    }
    String volume = body.get("name") instanceof String s ? s : "";
    if (volume.isEmpty()
        || !(body.get("disk") instanceof Map<?, ?> disk)
        || !(body.get("volumeSource") instanceof Map<?, ?> source)) {
      return badRequest("AddVolumeOptions requires name, disk and volumeSource");
    }
    if (VolumeJson.names(vm, SPEC, "volumes").contains(volume)) {
      return badRequest(
          "Unable to add volume [" + volume + "] because volume with that name already exists");
    }
    String claim = claimOf(source);
    if (claim.isEmpty()
        || store.get(claimPath(ns, claim)) == null
            && store.get("/apis/cdi.kubevirt.io/v1beta1/namespaces/" + ns + "/datavolumes/" + claim)
                == null) {
      return badRequest("Unable to add volume [" + volume + "]: claim " + claim + " not found");
    }
    Map<String, Object> newVolume = new LinkedHashMap<>();
    newVolume.put("name", volume);
    source.forEach((k, v) -> newVolume.put(String.valueOf(k), v));
    store.patch(
        VirtApiVmActions.vmPath(ns, name),
        StoreAccess.JSON_PATCH,
        VolumeJson.addOps(vm, SPEC, disk, newVolume));
    var vmi = store.get(VirtApiVmActions.vmiPath(ns, name));
    if (vmi != null) {
      store.patch(
          VirtApiVmActions.vmiPath(ns, name),
          StoreAccess.JSON_PATCH,
          VolumeJson.addOps(vmi, VMI_SPEC, disk, newVolume));
      List<Object> statuses = new ArrayList<>(volumeStatus(vmi));
      statuses.add(readyStatus(volume, claim, statuses.size()));
      patchVolumeStatus(ns, name, statuses);
    }
    events.requested(vm, "AddVolume", user, volume);
    return VirtApiVmActions.accepted();
  }

  MockResponse remove(String ns, String name, Map<String, Object> body, @Nullable String user) {
    var vm = store.get(VirtApiVmActions.vmPath(ns, name));
    if (vm == null) {
      return VirtApiVmActions.notFound("virtualmachine", name);
    }
    String volume = body.get("name") instanceof String s ? s : "";
    if (!VolumeJson.names(vm, SPEC, "volumes").contains(volume)) {
      return badRequest("Unable to remove volume [" + volume + "] because it does not exist");
    }
    store.patch(
        VirtApiVmActions.vmPath(ns, name),
        StoreAccess.JSON_PATCH,
        VolumeJson.removeOps(vm, SPEC, volume));
    var vmi = store.get(VirtApiVmActions.vmiPath(ns, name));
    if (vmi != null) {
      if (VolumeJson.names(vmi, VMI_SPEC, "volumes").contains(volume)) {
        store.patch(
            VirtApiVmActions.vmiPath(ns, name),
            StoreAccess.JSON_PATCH,
            VolumeJson.removeOps(vmi, VMI_SPEC, volume));
      }
      List<Object> statuses = volumeStatus(vmi);
      for (int i = 0; i < statuses.size(); i++) {
        if (statuses.get(i) instanceof Map<?, ?> m && volume.equals(m.get("name"))) {
          String path = "/status/volumeStatus/" + i;
          store.patch(
              VirtApiVmActions.vmiPath(ns, name) + "/status",
              StoreAccess.JSON_PATCH,
              Serialization.asJson(
                  List.of(
                      VolumeJson.op("test", path + "/name", volume),
                      VolumeJson.op("remove", path, null))));
          break;
        }
      }
    }
    events.requested(vm, "RemoveVolume", user, volume);
    return VirtApiVmActions.accepted();
  }

  private void patchVolumeStatus(String ns, String name, List<Object> statuses) {
    store.patch(
        VirtApiVmActions.vmiPath(ns, name) + "/status",
        StoreAccess.MERGE_PATCH,
        Serialization.asJson(Map.of("status", Map.of("volumeStatus", statuses))));
  }

  private static Map<String, Object> readyStatus(String volume, String claim, int index) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("name", volume);
    status.put("target", "sd" + (char) ('a' + Math.min(index, 25)));
    status.put("phase", "Ready");
    status.put("reason", "VolumeReady");
    status.put("message", "Successfully attach hotplugged volume " + volume + " to VM");
    status.put("persistentVolumeClaimInfo", Map.of("claimName", claim));
    status.put("hotplugVolume", Map.of("attachPodName", "hp-volume-" + volume));
    return status;
  }

  private static String claimOf(Map<?, ?> source) {
    if (source.get("persistentVolumeClaim") instanceof Map<?, ?> pvc
        && pvc.get("claimName") instanceof String claim) {
      return claim;
    }
    if (source.get("dataVolume") instanceof Map<?, ?> dv && dv.get("name") instanceof String n) {
      return n;
    }
    return "";
  }

  static String claimPath(String ns, String name) {
    return "/api/v1/namespaces/" + ns + "/persistentvolumeclaims/" + name;
  }

  private static List<Object> volumeStatus(GenericKubernetesResource vmi) {
    return vmi.getAdditionalProperties().get("status") instanceof Map<?, ?> status
            && status.get("volumeStatus") instanceof List<?> list
        ? new ArrayList<>(list)
        : new ArrayList<>();
  }

  private static MockResponse badRequest(String message) {
    return StatusResponses.failure(400, "BadRequest", message, null);
  }
}
