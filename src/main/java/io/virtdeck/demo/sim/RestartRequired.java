package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The VM condition RestartRequired, set while a spec change cannot be applied live. */
final class RestartRequired {

  private RestartRequired() {}

  /** The VM status with the condition RestartRequired added when {@code restart}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> with(Map<String, Object> status, boolean restart) {
    if (restart) {
      var conditions = new ArrayList<Object>((List<Object>) status.get("conditions"));
      conditions.add(
          Statuses.condition(
              "RestartRequired",
              "True",
              "",
              "a non-live-updatable field was changed in the template spec",
              java.time.Instant.now()));
      status.put("conditions", conditions);
    }
    return status;
  }

  /** Whether the VM's RestartRequired condition differs from the wanted status's. */
  @SuppressWarnings("unchecked")
  static boolean changed(GenericKubernetesResource vm, Map<String, Object> wanted) {
    return restart(Api.get(vm, "status", "conditions"))
        != restart((List<Map<String, Object>>) wanted.get("conditions"));
  }

  private static boolean restart(@Nullable List<Map<String, Object>> conditions) {
    return conditions != null
        && conditions.stream().anyMatch(c -> "RestartRequired".equals(c.get("type")));
  }
}
