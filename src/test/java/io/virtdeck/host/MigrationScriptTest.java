package io.virtdeck.host;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.ScriptStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration in a recorded script: the migration object, then a wait for Succeeded. */
class MigrationScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");

  @Test
  void aMigrationToAChosenHostIsCreatedAndFollowedToSucceeded() {
    var object = MigrationCommands.migration(WEB, "web-01-migration", "worker-02");
    ScriptStep migrate =
        ScriptStep.of(
            MigrationCommands.create(WEB, object),
            List.of(MigrationCommands.succeeded(new ResourceKey("shop", "web-01-migration"))));

    assertThat(MigrationCommands.createCommands(WEB, object, "worker-02"))
        .contains(migrate.kubectl());
    assertThat(bash(migrate))
        .contains("kind: VirtualMachineInstanceMigration\n")
        .contains("kubernetes.io/hostname: worker-02\n")
        .contains(
            "kubectl wait vmim/web-01-migration -n shop"
                + " --for=jsonpath='{.status.phase}'=Succeeded --timeout=180s");
    var tasks = ansibleTasks(migrate);
    assertThat(module(tasks.get(0), "kubernetes.core.k8s").get("definition"))
        .asString()
        .contains("vmiName=web-01");
    assertThat(tasks.get(1)).containsEntry("retries", 60).containsEntry("delay", 3);
  }

  @Test
  void cancellingDeletesTheMigration() {
    ResourceKey migration = new ResourceKey("shop", "web-01-migration");
    ScriptStep cancel = ScriptStep.of(MigrationCommands.delete(migration), List.of());

    assertThat(MigrationCommands.deleteCommands(migration)).containsExactly(cancel.kubectl());
    assertThat(bash(cancel)).contains("kubectl delete vmim web-01-migration -n shop\n");
  }
}
