package io.virtdeck.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.demo.DemoUsers;
import io.virtdeck.security.AuditLog;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Power actions against the demo cluster, sent as the signed-in user. */
class VmPowerOperationsIT {

  private static final UserIdentity HELPDESK =
      UserIdentity.of("helpdesk", DemoUsers.HELPDESK.groups());
  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
  private static final UserIdentity OPERATOR =
      UserIdentity.of("operator", DemoUsers.OPERATOR.groups());

  private static DemoClusterFixture cluster;
  private static VmInventory inventory;
  private static TaskService tasks;
  private static VmOperations operations;

  @BeforeAll
  static void start() {
    cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION, true);
    UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
    AccessReviews reviews =
        new AccessReviews(clients, cluster.caches, cluster.properties, Clock.systemUTC());
    inventory = new VmInventory(cluster.caches, cluster.connection);
    tasks =
        new TaskService(
            reviews,
            new UserRequests(cluster.client, clients),
            new AuditLog(Clock.systemUTC()),
            cluster.caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
    operations = new VmOperations(inventory, new VmYaml(cluster.caches), reviews, tasks);
  }

  @AfterAll
  static void stop() {
    tasks.destroy();
    inventory.destroy();
    cluster.close();
  }

  @Test
  void powerOnAndOffAsHelpdeskReachTheTargetStateAndKeepUnknownFields() {
    ResourceKey vm = new ResourceKey("shop", "db-01");
    await().until(() -> power(vm) == PowerState.POWERED_OFF);
    cluster.server.clearReceivedRequests();

    Task on = operations.run(HELPDESK, PowerAction.POWER_ON, vm);

    awaitFinished(on, TaskStatus.COMPLETED);
    assertThat(power(vm)).isEqualTo(PowerState.POWERED_ON);
    assertThat(cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("PUT") && r.path().endsWith("/db-01/start"))
        .singleElement()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("helpdesk"));

    Task off = operations.run(HELPDESK, PowerAction.POWER_OFF, vm);

    awaitFinished(off, TaskStatus.COMPLETED);
    assertThat(power(vm)).isEqualTo(PowerState.POWERED_OFF);
    assertThat(latest(off).yamlAfter()).contains("runStrategy: \"Halted\"");
    assertThat(latest(off).yamlBefore()).contains("runStrategy: \"Always\"");
    assertThat(templateSpec(vm)).containsKey("terminationGracePeriodSeconds");
  }

  @Test
  void forbiddenActionIsRefusedAndNothingIsSent() {
    ResourceKey finance = new ResourceKey("finance", "erp-02");
    cluster.server.clearReceivedRequests();

    Task task = operations.run(SHOP_OWNER, PowerAction.POWER_OFF, finance);

    awaitFinished(task, TaskStatus.FAILED);
    assertThat(latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.method().equals("PUT") && r.path().contains("erp-02"));
    assertThat(operations.permitted(SHOP_OWNER, PowerAction.POWER_OFF, "finance")).isFalse();
    assertThat(operations.permitted(HELPDESK, PowerAction.SUSPEND, "shop")).isFalse();
  }

  @Test
  void conflictFromTheClusterIsAClearFailure() {
    ResourceKey web = new ResourceKey("shop", "web-01");
    await().until(() -> power(web) == PowerState.POWERED_ON);

    Task task = tasks.submit(OPERATOR, operations.prepare(PowerAction.POWER_ON, web));

    awaitFinished(task, TaskStatus.FAILED);
    assertThat(latest(task).failure().key()).isEqualTo("task.failed.conflict");
    assertThat(latest(task).failure().args().get(0)).contains("already running");
  }

  @Test
  void vmThatNoHostCanRunFailsWithTheSchedulersReason() {
    ResourceKey big = new ResourceKey("dev", "analytics-xl-01");
    awaitFinished(operations.run(OPERATOR, PowerAction.POWER_OFF, big), TaskStatus.COMPLETED);

    Task task = operations.run(OPERATOR, PowerAction.POWER_ON, big);

    awaitFinished(task, TaskStatus.FAILED);
    assertThat(latest(task).failure().key()).isEqualTo("task.failed.unschedulable.memory");
  }

  private static PowerState power(ResourceKey vm) {
    return inventory.row(vm, NamespaceScope.ALL).orElseThrow().powerState();
  }

  private static void awaitFinished(Task task, TaskStatus expected) {
    await().atMost(Duration.ofSeconds(30)).until(() -> latest(task).status().finished());
    assertThat(latest(task).status()).as("%s", latest(task).failure()).isEqualTo(expected);
  }

  private static Task latest(Task task) {
    return tasks.visibleTo(task.initiator()).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> templateSpec(ResourceKey vm) {
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
}
