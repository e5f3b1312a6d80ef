package io.virtdeck.network;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import io.virtdeck.vm.rows.VmNics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Pure translation of a VM and its running instance into its network adapters, with what is
 * pending: comparing the VM's template with the instance's spec and interface status, as KubeVirt
 * reconciles them under the LiveUpdate rollout strategy.
 */
public final class VmNicRows {

  private VmNicRows() {}

  public static List<NicRow> of(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    VmiSpec spec = NicPatches.spec(vm);
    boolean running = vmi != null && "Running".equals(phase(vmi));
    VmiSpec live =
        running
            ? Objects.requireNonNull(Objects.requireNonNull(vmi).getSpec(), "spec")
            : new VmiSpec();
    boolean restartRequired = restartRequired(vm);
    List<NicRow> rows = new ArrayList<>();
    for (VmiSpec.Interface nic : VmNics.interfaces(spec)) {
      String name = nonNull(nic.name);
      Optional<VmiSpec.Interface> now = find(VmNics.interfaces(live), name);
      Optional<VirtualMachineInstance.InterfaceStatus> status =
          running ? VmNics.status(vmi, name) : Optional.empty();
      NicRow.State state;
      if ("absent".equals(nic.state) && now.isEmpty()) {
        continue;
      } else if (!running) {
        state = NicRow.State.ACTIVE;
      } else if ("absent".equals(nic.state)) {
        state = NicRow.State.UNPLUGGING;
      } else if (now.isEmpty()) {
        state = restartRequired ? NicRow.State.PENDING_RESTART : NicRow.State.PLUGGING;
      } else if (!VmNics.networkName(spec, name).equals(VmNics.networkName(live, name))
          || !VmNics.model(nic).equals(VmNics.model(now.get()))) {
        state = NicRow.State.PENDING_RESTART;
      } else {
        state = NicRow.State.ACTIVE;
      }
      rows.add(row(spec, nic, status, state, running));
    }
    for (VmiSpec.Interface nic : VmNics.interfaces(live)) {
      String name = nonNull(nic.name);
      if (find(VmNics.interfaces(spec), name).isEmpty()) {
        rows.add(row(live, nic, VmNics.status(vmi, name), NicRow.State.REMOVED_AT_RESTART, true));
      }
    }
    return List.copyOf(rows);
  }

  /** Whether the VM has the condition RestartRequired (a change that cannot be applied live). */
  public static boolean restartRequired(VirtualMachine vm) {
    var status = vm.getStatus();
    return status != null
        && status.conditions != null
        && status.conditions.stream()
            .anyMatch(c -> "RestartRequired".equals(c.type) && "True".equals(c.status));
  }

  private static NicRow row(
      VmiSpec spec,
      VmiSpec.Interface nic,
      Optional<VirtualMachineInstance.InterfaceStatus> status,
      NicRow.State state,
      boolean running) {
    String name = nonNull(nic.name);
    String mac =
        nic.macAddress != null ? nic.macAddress : status.map(s -> nonNull(s.mac)).orElse("");
    List<String> ips =
        status
            .map(
                s ->
                    s.ipAddresses != null ? s.ipAddresses : Stream.ofNullable(s.ipAddress).toList())
            .orElse(List.of());
    String link =
        "down".equals(nic.state)
            ? "down"
            : status
                .map(s -> s.getAdditionalProperties().get("linkState"))
                .map(String::valueOf)
                .orElse(running ? "" : "down");
    return new NicRow(
        name,
        VmNics.networkName(spec, name),
        VmNics.binding(nic),
        VmNics.model(nic),
        mac,
        ips,
        link,
        state);
  }

  private static Optional<VmiSpec.Interface> find(List<VmiSpec.Interface> list, String name) {
    return list.stream().filter(i -> name.equals(i.name)).findFirst();
  }

  private static @Nullable String phase(VirtualMachineInstance vmi) {
    return vmi.getStatus() == null ? null : vmi.getStatus().phase;
  }

  private static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }
}
