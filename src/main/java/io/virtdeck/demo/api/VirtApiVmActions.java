package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * KubeVirt's power actions on a VirtualMachine ({@code start}, {@code stop}, {@code restart}), as
 * virt-api carries them out: a patch of {@code spec.runStrategy} (dropping the legacy {@code
 * spec.running}), or deleting the VMI. The controller (the simulator) does the rest. Each accepted
 * action is recorded as an event on the VM.
 */
final class VirtApiVmActions {

  static final String NOT_RUNNING = "VM is not running";
  static final String ALREADY_RUNNING = "VM is already running";

  /** KubeVirt's default {@code terminationGracePeriodSeconds}. */
  static final int DEFAULT_GRACE_PERIOD = 180;

  private final StoreAccess store;
  private final ApiEvents events;

  VirtApiVmActions(StoreAccess store, ApiEvents events) {
    this.store = store;
    this.events = events;
  }

  MockResponse start(String ns, String name, @Nullable String user) {
    var vm = store.get(vmPath(ns, name));
    if (vm == null) {
      return notFound("virtualmachine", name);
    }
    String strategy = runStrategy(vm);
    boolean hasVmi = store.get(vmiPath(ns, name)) != null;
    if (hasVmi && !strategy.equals("Halted") && !strategy.equals("Manual")) {
      return conflict("virtualmachine", name, ALREADY_RUNNING);
    }
    if (strategy.equals("Halted") || strategy.equals("Manual") || legacy(vm)) {
      setRunStrategy(ns, name, vm, "Always");
    }
    events.requested(vm, "Start", user, null);
    return accepted();
  }

  MockResponse stop(String ns, String name, Map<String, Object> options, @Nullable String user) {
    var vm = store.get(vmPath(ns, name));
    if (vm == null) {
      return notFound("virtualmachine", name);
    }
    boolean hasVmi = store.get(vmiPath(ns, name)) != null;
    boolean halted = runStrategy(vm).equals("Halted");
    if (halted && !hasVmi) {
      return conflict("virtualmachine", name, NOT_RUNNING);
    }
    if (!halted || legacy(vm)) {
      setRunStrategy(ns, name, vm, "Halted");
    }
    Integer grace = number(options.get("gracePeriod"));
    if (hasVmi && Integer.valueOf(0).equals(grace)) {
      store.delete(vmiPath(ns, name));
    }
    events.requested(vm, "Stop", user, stopDetail(vm, grace));
    return accepted();
  }

  MockResponse restart(String ns, String name, Map<String, Object> options, @Nullable String user) {
    var vm = store.get(vmPath(ns, name));
    if (vm == null) {
      return notFound("virtualmachine", name);
    }
    if (runStrategy(vm).equals("Halted") || store.get(vmiPath(ns, name)) == null) {
      return conflict("virtualmachine", name, NOT_RUNNING);
    }
    store.delete(vmiPath(ns, name));
    Integer grace = number(options.get("gracePeriodSeconds"));
    events.requested(vm, "Restart", user, grace == null ? null : stopDetail(vm, grace));
    return accepted();
  }

  /** "graceful, grace period 180s" or "forced, grace period 0s" (default: the VM's own period). */
  static String stopDetail(GenericKubernetesResource vm, @Nullable Integer gracePeriod) {
    int seconds = gracePeriod != null ? gracePeriod : templateGracePeriod(vm);
    return (seconds == 0 ? "forced" : "graceful") + ", grace period " + seconds + "s";
  }

  private static int templateGracePeriod(GenericKubernetesResource vm) {
    Integer seconds =
        spec(vm).get("template") instanceof Map<?, ?> template
                && template.get("spec") instanceof Map<?, ?> spec
            ? number(spec.get("terminationGracePeriodSeconds"))
            : null;
    return seconds == null ? DEFAULT_GRACE_PERIOD : seconds;
  }

  static String vmPath(String ns, String name) {
    return "/apis/kubevirt.io/v1/namespaces/" + ns + "/virtualmachines/" + name;
  }

  static String vmiPath(String ns, String name) {
    return "/apis/kubevirt.io/v1/namespaces/" + ns + "/virtualmachineinstances/" + name;
  }

  static MockResponse accepted() {
    return new MockResponse().setResponseCode(202);
  }

  static MockResponse notFound(String kind, String name) {
    return StatusResponses.failure(
        404, "NotFound", kind + ".kubevirt.io \"" + name + "\" not found", details(kind, name));
  }

  static MockResponse conflict(String kind, String name, String message) {
    return StatusResponses.failure(
        409,
        "Conflict",
        "Operation cannot be fulfilled on " + kind + ".kubevirt.io \"" + name + "\": " + message,
        details(kind, name));
  }

  private static StatusDetailsBuilder details(String kind, String name) {
    return new StatusDetailsBuilder().withName(name).withGroup("kubevirt.io").withKind(kind);
  }

  /** The run strategy, with the legacy {@code spec.running} mapped to Always or Halted. */
  static String runStrategy(GenericKubernetesResource vm) {
    if (spec(vm).get("runStrategy") instanceof String strategy) {
      return strategy;
    }
    return Boolean.TRUE.equals(spec(vm).get("running")) ? "Always" : "Halted";
  }

  private static boolean legacy(GenericKubernetesResource vm) {
    return spec(vm).containsKey("running");
  }

  private static Map<?, ?> spec(GenericKubernetesResource vm) {
    return vm.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec ? spec : Map.of();
  }

  /**
   * Sets the run strategy and drops a legacy {@code spec.running}. A JSON patch, because the CRUD
   * store's merge patch keeps {@code null} values instead of removing the field.
   */
  private void setRunStrategy(
      String ns, String name, GenericKubernetesResource vm, String strategy) {
    String ops = "[{\"op\":\"add\",\"path\":\"/spec/runStrategy\",\"value\":\"" + strategy + "\"}";
    if (legacy(vm)) {
      ops += ",{\"op\":\"remove\",\"path\":\"/spec/running\"}";
    }
    store.patch(vmPath(ns, name), StoreAccess.JSON_PATCH, ops + "]");
  }

  private static @Nullable Integer number(@Nullable Object value) {
    return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
  }
}
