package io.virtdeck.vm.power;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.vm.rows.PowerState;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The vSphere power actions and the KubeVirt subresource each one is: start, stop (graceful or with
 * grace period 0), restart on the VirtualMachine; pause and unpause on its instance.
 */
public enum PowerAction {
  POWER_ON("virtualmachines", "start", "{}", false, EnumSet.of(PowerState.POWERED_OFF)),
  SHUT_DOWN_GUEST(
      "virtualmachines",
      "stop",
      "{}",
      true,
      EnumSet.of(PowerState.POWERED_ON, PowerState.STARTING, PowerState.SUSPENDED)),
  POWER_OFF(
      "virtualmachines",
      "stop",
      "{\"gracePeriod\":0}",
      true,
      EnumSet.of(
          PowerState.POWERED_ON, PowerState.STARTING, PowerState.STOPPING, PowerState.SUSPENDED)),
  RESTART("virtualmachines", "restart", "{}", true, EnumSet.of(PowerState.POWERED_ON)),
  SUSPEND("virtualmachineinstances", "pause", "{}", false, EnumSet.of(PowerState.POWERED_ON)),
  RESUME("virtualmachineinstances", "unpause", "{}", false, EnumSet.of(PowerState.SUSPENDED));

  /** The actions bulk operations offer. */
  public static final Set<PowerAction> BULK =
      EnumSet.of(POWER_ON, SHUT_DOWN_GUEST, POWER_OFF, RESTART);

  private final String resource;
  private final String subresource;
  private final String body;
  private final boolean confirm;
  private final Set<PowerState> from;

  PowerAction(
      String resource, String subresource, String body, boolean confirm, Set<PowerState> from) {
    this.resource = resource;
    this.subresource = subresource;
    this.body = body;
    this.confirm = confirm;
    this.from = from;
  }

  public String subresource() {
    return subresource;
  }

  String resource() {
    return resource;
  }

  String body() {
    return body;
  }

  /** Whether the user must confirm it (it interrupts what runs in the guest). */
  public boolean needsConfirmation() {
    return confirm;
  }

  /** i18n key of its task name, e.g. {@code task.power_on} = "Power On virtual machine". */
  public String titleKey() {
    return "task." + name().toLowerCase(Locale.ROOT);
  }

  /** i18n key of its menu label. */
  public String labelKey() {
    return "vm.action." + name().toLowerCase(Locale.ROOT);
  }

  /** Whether the VM's power state allows it. */
  public boolean allowedFrom(PowerState state) {
    return from.contains(state);
  }

  /** What the user needs in Kubernetes: update on the subresource, in the VM's namespace. */
  public AccessRequest access(String namespace, String name) {
    return new AccessRequest(
        "update", "subresources.kubevirt.io", resource, subresource, namespace, name);
  }
}
