package io.virtdeck.snapshot;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.ScriptStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots and reverts in a recorded script, each waited for until Ready. */
class SnapshotScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");

  private static ScriptStep create(String resource, Map<String, Object> object) {
    return ScriptStep.of(
        SnapshotCommands.create("shop", resource, object),
        List.of(SnapshotCommands.created("shop", resource, object)));
  }

  @Test
  void takingASnapshotCreatesItAndWaitsUntilReady() {
    var object = SnapshotCommands.snapshot(WEB, "before-upgrade", "it's fine");
    ScriptStep take = create("virtualmachinesnapshots", object);

    assertThat(SnapshotCommands.createCommands("shop", "virtualmachinesnapshots", object))
        .startsWith(take.kubectl());
    assertThat(bash(take))
        .contains("kind: VirtualMachineSnapshot\n")
        .contains("virtdeck.io/notes: it's fine\n")
        .contains(
            "kubectl wait vmsnapshot/before-upgrade -n shop --for=condition=Ready --timeout=180s");
    var tasks = ansibleTasks(take);
    assertThat(module(tasks.get(1), "kubernetes.core.k8s_info"))
        .containsEntry("api_version", "snapshot.kubevirt.io/v1beta1")
        .containsEntry("kind", "VirtualMachineSnapshot")
        .containsEntry("wait", true)
        .containsEntry("wait_condition", Map.of("type", "Ready", "status", "True"));
    assertThat(yaml(take)).contains("# then: kubectl wait vmsnapshot/before-upgrade");
  }

  @Test
  void revertingCreatesARestoreAndWaitsUntilReady() {
    var object = SnapshotCommands.restore(WEB, "before-upgrade", "restore-1");
    ScriptStep revert = create("virtualmachinerestores", object);

    assertThat(bash(revert))
        .contains("kind: VirtualMachineRestore\n")
        .contains("virtualMachineSnapshotName: before-upgrade\n")
        .contains("kubectl wait vmrestore/restore-1 -n shop --for=condition=Ready");
    assertThat(module(ansibleTasks(revert).getFirst(), "kubernetes.core.k8s").get("definition"))
        .asString()
        .contains("kind=VirtualMachineRestore");
  }

  @Test
  void deletingASnapshotDeletesIt() {
    ResourceKey snapshot = new ResourceKey("shop", "before-upgrade");
    ScriptStep delete = ScriptStep.of(SnapshotCommands.delete(snapshot), List.of());

    assertThat(SnapshotCommands.deleteCommands(snapshot)).containsExactly(delete.kubectl());
    assertThat(bash(delete)).contains("kubectl delete vmsnapshot before-upgrade -n shop\n");
  }
}
