package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.VirtDeckApplication;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two VirtDeck replicas against one cluster share their tasks: a task started on one shows on the
 * other, to the same users only; a replica started after the first stopped still shows its tasks,
 * and exactly one replica at a time holds the expiry Lease.
 */
class ReplicasIT {

  private static final UserIdentity OPERATOR = TaskTestbed.OPERATOR;
  private static final UserIdentity HELPDESK = TaskTestbed.HELPDESK;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static DemoClusterFixture cluster;
  private static Path kubeconfig;
  private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

  @BeforeAll
  static void startCluster() throws IOException {
    cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION, true);
    kubeconfig = cluster.server.writeKubeconfig(Files.createTempFile("replicas-it", ".kubeconfig"));
  }

  @AfterAll
  static void stopAll() {
    replicas.forEach(ConfigurableApplicationContext::close);
    cluster.close();
  }

  private static ConfigurableApplicationContext replica(String name) {
    var context =
        new SpringApplicationBuilder(VirtDeckApplication.class)
            .run(
                "--server.port=0",
                "--virtdeck.cluster.source=kubeconfig",
                "--virtdeck.cluster.kubeconfig=" + kubeconfig,
                "--virtdeck.demo.accounts=true",
                "--virtdeck.tasks.cluster.replica=" + name,
                "--virtdeck.tasks.cluster.lease-duration=3s");
    replicas.add(context);
    return context;
  }

  private static Optional<Task> seenBy(
      ConfigurableApplicationContext replica, UserIdentity user, Task task) {
    return replica.getBean(TaskService.class).visibleTo(user).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst();
  }

  @Test
  void everyReplicaShowsTheSameTasksAndARestartLosesNone() {
    var first = replica("replica-a");
    var second = replica("replica-b");

    Task started =
        first
            .getBean(VmOperations.class)
            .run(OPERATOR, PowerAction.POWER_ON, new ResourceKey("shop", "db-01"));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(seenBy(second, OPERATOR, started))
                    .hasValueSatisfying(
                        t -> assertThat(t.status()).isEqualTo(TaskStatus.COMPLETED)));
    assertThat(seenBy(second, HELPDESK, started)).as("another user's task").isEmpty();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                replicas.stream().filter(r -> r.getBean(TaskExpiry.class).leading()).count() == 1);

    first.close();
    replicas.remove(first);
    var restarted = replica("replica-c");

    Task kept = seenBy(restarted, OPERATOR, started).orElseThrow();
    assertThat(kept.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(kept.commands()).isEqualTo(started.commands());
    assertThat(seenBy(second, OPERATOR, started)).isPresent();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                replicas.stream().filter(r -> r.getBean(TaskExpiry.class).leading()).count() == 1);
  }
}
