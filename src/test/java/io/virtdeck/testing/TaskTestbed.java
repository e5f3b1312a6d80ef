package io.virtdeck.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.security.AuditLog;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A simulated demo cluster with access reviews and the task service wired by hand, as integration
 * tests of operations need them: feature testbeds add their own services on top.
 */
public class TaskTestbed implements AutoCloseable {

  public static final UserIdentity OPERATOR =
      UserIdentity.of("operator", DemoUsers.OPERATOR.groups());
  public static final UserIdentity HELPDESK =
      UserIdentity.of("helpdesk", DemoUsers.HELPDESK.groups());
  public static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());

  public final DemoClusterFixture cluster =
      new DemoClusterFixture(IdentityMode.IMPERSONATION, true);
  public final AccessReviews reviews;
  public final TaskService tasks;

  public TaskTestbed() {
    UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
    reviews = new AccessReviews(clients, cluster.caches, cluster.properties, Clock.systemUTC());
    tasks =
        new TaskService(
            reviews,
            new UserRequests(clients),
            new AuditLog(Clock.systemUTC()),
            cluster.caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
  }

  /** Waits until the task has finished and checks how (showing its failure if not as expected). */
  public void awaitFinished(Task task, TaskStatus expected) {
    await().atMost(Duration.ofSeconds(30)).until(() -> latest(task).status().finished());
    assertThat(latest(task).status()).as("%s", latest(task).failure()).isEqualTo(expected);
  }

  /** The task as it is now. */
  public Task latest(Task task) {
    return tasks.visibleTo(task.initiator()).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst()
        .orElseThrow();
  }

  /** The VM's template spec as the server has it, with every field VirtDeck does not model. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> templateSpec(ResourceKey vm) {
    var object =
        cluster
            .server
            .adminClient()
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace(vm.namespace())
            .withName(vm.name())
            .get();
    Map<String, Object> spec = (Map<String, Object>) object.getAdditionalProperties().get("spec");
    return (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
  }

  @Override
  public void close() {
    tasks.destroy();
    cluster.close();
  }
}
