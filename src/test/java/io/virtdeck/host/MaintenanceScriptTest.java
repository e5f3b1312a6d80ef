package io.virtdeck.host;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maintenance mode in a recorded script: the cordon teaching mode shows (the drain's migrations are
 * recorded as tasks of their own), or the NodeMaintenance object where the operator is installed.
 */
class MaintenanceScriptTest {

  // the operations read no inventory to say their request and commands
  private static MaintenanceOperation cordon(boolean enter) {
    return new MaintenanceOperation(
        "worker-01", enter, null, () -> DrainProgress.none("worker-01"), () -> false);
  }

  @Test
  void enteringAndExitingAreTheCordonAndUncordonTeachingModeShows() {
    for (Operation operation : List.of(cordon(true), cordon(false))) {
      assertThat(operation.commands()).contains(operation.script().kubectl());
    }
    assertThat(bash(cordon(true).script())).contains("\nkubectl cordon worker-01\n");
    assertThat(bash(cordon(false).script())).contains("\nkubectl uncordon worker-01\n");
    assertThat(
            module(
                ansibleTasks(cordon(true).script()).getFirst(), "kubernetes.core.k8s_json_patch"))
        .containsEntry("kind", "Node")
        .containsEntry("name", "worker-01")
        .doesNotContainKey("namespace");
    assertThat(yaml(cordon(true).script()))
        .contains("# kubectl patch node worker-01 --type json --patch-file <this document>\n")
        .contains("path: /spec/unschedulable\n  value: true\n");
  }

  @Test
  void withTheOperatorTheNodeMaintenanceIsCreatedAndDeleted() {
    var enter = new NodeMaintenanceOperation("worker-01", "nodemaintenance-worker-01", true, null);
    var exit = new NodeMaintenanceOperation("worker-01", "nodemaintenance-worker-01", false, null);

    assertThat(enter.commands()).containsExactly(enter.script().kubectl());
    assertThat(bash(enter.script()))
        .contains("kind: NodeMaintenance\n")
        .contains("nodeName: worker-01\n");
    assertThat(bash(exit.script()))
        .contains(
            "kubectl delete nodemaintenances.nodemaintenance.medik8s.io nodemaintenance-worker-01\n");
  }
}
