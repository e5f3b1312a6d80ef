package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.VirtApiVmActions.accepted;
import static io.virtdeck.demo.api.VirtApiVmActions.conflict;
import static io.virtdeck.demo.api.VirtApiVmActions.notFound;
import static io.virtdeck.demo.api.VirtApiVmActions.vmiPath;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * KubeVirt's {@code pause} and {@code unpause} of a running VirtualMachineInstance: the {@code
 * Paused} condition (reason {@code PausedByUser}) is added to or removed from its status with a
 * JSON patch that tests the condition's position first, so concurrent status writes are not lost.
 * Each accepted action is recorded as an event on the VMI.
 */
final class VmiActions {

  private static final String KIND = "virtualmachineinstance";
  private static final int ATTEMPTS = 3;

  private final StoreAccess store;
  private final ApiEvents events;

  VmiActions(StoreAccess store, ApiEvents events) {
    this.store = store;
    this.events = events;
  }

  MockResponse pause(String ns, String name, @Nullable String user) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var vmi = store.get(vmiPath(ns, name));
      if (vmi == null) {
        return notFound(KIND, name);
      }
      if (!"Running".equals(phase(vmi))) {
        return conflict(KIND, name, "VMI is not running");
      }
      var conditions = conditions(vmi);
      if (pausedIndex(conditions) >= 0) {
        return conflict(KIND, name, "VMI is already paused");
      }
      var paused =
          Map.of(
              "type", "Paused",
              "status", "True",
              "reason", "PausedByUser",
              "message", "VMI was paused by user",
              "lastProbeTime", Instant.now().toString(),
              "lastTransitionTime", Instant.now().toString());
      var ops =
          List.of(
              Map.of("op", "test", "path", "/status/conditions", "value", conditions),
              Map.of("op", "add", "path", "/status/conditions/-", "value", paused));
      if (patched(
          ns,
          name,
          conditions.isEmpty()
              ? List.of(Map.of("op", "add", "path", "/status/conditions", "value", List.of(paused)))
              : ops)) {
        events.requested(vmi, "Pause", user, null);
        return accepted();
      }
    }
    return conflict(KIND, name, "the object has been modified; please try again");
  }

  MockResponse unpause(String ns, String name, @Nullable String user) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      var vmi = store.get(vmiPath(ns, name));
      if (vmi == null) {
        return notFound(KIND, name);
      }
      var conditions = conditions(vmi);
      int index = pausedIndex(conditions);
      if (index < 0) {
        return conflict(KIND, name, "VMI is not paused");
      }
      var path = "/status/conditions/" + index;
      var ops =
          List.of(
              Map.of("op", "test", "path", path + "/type", "value", "Paused"),
              Map.of("op", "remove", "path", path));
      if (patched(ns, name, ops)) {
        events.requested(vmi, "Unpause", user, null);
        return accepted();
      }
    }
    return conflict(KIND, name, "the object has been modified; please try again");
  }

  private boolean patched(String ns, String name, List<?> ops) {
    int code =
        store.patch(
            vmiPath(ns, name) + "/status", StoreAccess.JSON_PATCH, Serialization.asJson(ops));
    return code < 300;
  }

  private static String phase(GenericKubernetesResource vmi) {
    return vmi.get("status") instanceof Map<?, ?> status && status.get("phase") instanceof String p
        ? p
        : "";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> conditions(GenericKubernetesResource vmi) {
    if (vmi.get("status") instanceof Map<?, ?> status
        && status.get("conditions") instanceof List<?> list) {
      return (List<Map<String, Object>>) list;
    }
    return List.of();
  }

  private static int pausedIndex(List<Map<String, Object>> conditions) {
    for (int i = 0; i < conditions.size(); i++) {
      var c = conditions.get(i);
      if ("Paused".equals(c.get("type")) && "True".equals(c.get("status"))) {
        return i;
      }
    }
    return -1;
  }
}
