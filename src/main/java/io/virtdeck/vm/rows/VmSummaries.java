package io.virtdeck.vm.rows;

import static io.virtdeck.vm.rows.VmRows.nonNull;

import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Pure translation of a VM, its instance and its storage into the Summary tab. */
public final class VmSummaries {

  /** The annotation that holds a VM's notes, as in vSphere's Notes field. */
  public static final String NOTES_ANNOTATION = "virtdeck.io/notes";

  private VmSummaries() {}

  public static VmSummary summary(
      VirtualMachine vm, @Nullable VirtualMachineInstance vmi, StorageLookup storage) {
    return summary(vm, vmi, VmRows.row(vm, vmi), storage);
  }

  /**
   * The Summary of a VM whose instance the user may not list: what the VirtualMachine says, without
   * the instance's host, addresses, guest agent and conditions.
   */
  public static VmSummary withoutInstance(VirtualMachine vm, StorageLookup storage) {
    return summary(vm, null, VmRows.withoutInstance(vm), storage);
  }

  private static VmSummary summary(
      VirtualMachine vm, @Nullable VirtualMachineInstance vmi, VmRow row, StorageLookup storage) {
    Map<String, String> labels = vm.getMetadata().getLabels();
    Map<String, String> annotations = vm.getMetadata().getAnnotations();
    return new VmSummary(
        row,
        runStrategy(vm),
        vmi != null && VmRows.conditions(vmi).anyMatch(VmSummaries::agentConnected),
        VmDisks.of(vm, storage),
        VmNics.of(vm, vmi),
        labels == null ? Map.of() : new TreeMap<>(labels),
        annotations == null ? "" : nonNull(annotations.get(NOTES_ANNOTATION)),
        problem(vm, vmi),
        restartRequired(vm));
  }

  /** Whether a change of the VM applies only at its next restart (condition RestartRequired). */
  static boolean restartRequired(VirtualMachine vm) {
    return vm.getStatus() != null
        && vm.getStatus().conditions != null
        && vm.getStatus().conditions.stream()
            .anyMatch(c -> "RestartRequired".equals(c.type) && c.holds());
  }

  private static boolean agentConnected(Condition condition) {
    return "AgentConnected".equals(condition.type) && condition.holds();
  }

  static String runStrategy(VirtualMachine vm) {
    var spec = vm.getSpec();
    if (spec == null) {
      return "";
    }
    if (spec.runStrategy != null) {
      return spec.runStrategy;
    }
    if (spec.running != null) {
      return spec.running ? "Always" : "Halted";
    }
    return "";
  }

  /** Why the VM is not where it should be: a failed scheduling or a failing condition. */
  static String problem(VirtualMachine vm, @Nullable VirtualMachineInstance vmi) {
    Stream<Condition> instance = vmi == null ? Stream.empty() : VmRows.conditions(vmi);
    Stream<Condition> machine =
        vm.getStatus() == null || vm.getStatus().conditions == null
            ? Stream.empty()
            : vm.getStatus().conditions.stream();
    return Stream.concat(instance, machine)
        .filter(VmSummaries::failing)
        .map(c -> nonNull(c.message))
        .filter(m -> !m.isBlank())
        .findFirst()
        .orElse("");
  }

  private static boolean failing(Condition condition) {
    if ("Failure".equals(condition.type)) {
      return condition.holds();
    }
    return "PodScheduled".equals(condition.type) && "False".equals(condition.status);
  }
}
