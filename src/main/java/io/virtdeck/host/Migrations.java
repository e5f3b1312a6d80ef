package io.virtdeck.host;

import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads what VirtDeck needs from a VirtualMachineInstanceMigration kept whole. */
public final class Migrations {

  /** KubeVirt's migration phases in order, for a progress percentage. */
  static final List<String> PHASES =
      List.of(
          "Pending",
          "Scheduling",
          "Scheduled",
          "PreparingTarget",
          "TargetReady",
          "Running",
          "Succeeded");

  private static final Set<String> IN_FLIGHT =
      Set.of("Scheduling", "Scheduled", "PreparingTarget", "TargetReady", "Running");

  private Migrations() {}

  public static @Nullable String vmiName(VirtualMachineInstanceMigration migration) {
    return migration.getSpec() == null
        ? null
        : string(migration.getSpec().getAdditionalProperties().get("vmiName"));
  }

  public static String phase(VirtualMachineInstanceMigration migration) {
    String phase = status(migration, "phase");
    return phase == null ? "" : phase;
  }

  public static boolean finished(VirtualMachineInstanceMigration migration) {
    String phase = phase(migration);
    return phase.equals("Succeeded") || phase.equals("Failed");
  }

  /** Whether it counts against KubeVirt's parallel limits (past Pending, not finished). */
  public static boolean inFlight(VirtualMachineInstanceMigration migration) {
    return IN_FLIGHT.contains(phase(migration));
  }

  public static @Nullable String sourceNode(VirtualMachineInstanceMigration migration) {
    return state(migration, "sourceNode");
  }

  public static @Nullable String targetNode(VirtualMachineInstanceMigration migration) {
    return state(migration, "targetNode");
  }

  /** The host it was sent to ({@code spec.addedNodeSelector}), if one was chosen. */
  public static @Nullable String chosenHost(VirtualMachineInstanceMigration migration) {
    if (migration.getSpec() != null
        && migration.getSpec().getAdditionalProperties().get("addedNodeSelector")
            instanceof Map<?, ?> selector) {
      return string(selector.get("kubernetes.io/hostname"));
    }
    return null;
  }

  /** When the instance's move ended (succeeded, failed or aborted), if it has. */
  public static @Nullable String endTimestamp(VirtualMachineInstanceMigration migration) {
    return state(migration, "endTimestamp");
  }

  /** Why it failed: the migration state's failure reason, else its Failed condition's message. */
  public static String failureReason(VirtualMachineInstanceMigration migration) {
    String reason = state(migration, "failureReason");
    if (reason != null) {
      return reason;
    }
    if (migration.getStatus() != null
        && migration.getStatus().getAdditionalProperties().get("conditions") instanceof List<?> c) {
      for (Object condition : c) {
        if (condition instanceof Map<?, ?> m && m.get("message") instanceof String message) {
          return message;
        }
      }
    }
    return "";
  }

  /** 0-95 % along the phases. */
  static int percent(VirtualMachineInstanceMigration migration) {
    int index = PHASES.indexOf(phase(migration));
    return index < 0 ? 0 : index * 95 / (PHASES.size() - 1);
  }

  private static @Nullable String status(VirtualMachineInstanceMigration migration, String field) {
    return migration.getStatus() == null
        ? null
        : string(migration.getStatus().getAdditionalProperties().get(field));
  }

  private static @Nullable String state(VirtualMachineInstanceMigration migration, String field) {
    if (migration.getStatus() != null
        && migration.getStatus().getAdditionalProperties().get("migrationState")
            instanceof Map<?, ?> state) {
      return string(state.get(field));
    }
    return null;
  }

  private static @Nullable String string(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }
}
