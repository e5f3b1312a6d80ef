package io.virtdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.security.AuditLog;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** A simulated demo cluster with the storage services wired by hand, for integration tests. */
final class StorageTestbed implements AutoCloseable {

  final DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION, true);
  final TaskService tasks;
  final StorageInventory inventory;
  final StorageOperations operations;

  StorageTestbed() {
    UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
    AccessReviews reviews =
        new AccessReviews(clients, cluster.caches, cluster.properties, Clock.systemUTC());
    tasks =
        new TaskService(
            reviews,
            new UserRequests(cluster.client, clients),
            new AuditLog(Clock.systemUTC()),
            cluster.caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
    inventory = new StorageInventory(cluster.caches, reviews);
    operations = new StorageOperations(cluster.caches, inventory, reviews, tasks);
  }

  void awaitFinished(Task task, TaskStatus expected) {
    await().atMost(Duration.ofSeconds(30)).until(() -> latest(task).status().finished());
    assertThat(latest(task).status()).as("%s", latest(task).failure()).isEqualTo(expected);
  }

  Task latest(Task task) {
    return tasks.visibleTo(task.initiator()).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> templateSpec(ResourceKey vm) {
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
