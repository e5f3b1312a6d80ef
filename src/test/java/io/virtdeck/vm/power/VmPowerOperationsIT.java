package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
import io.virtdeck.vm.rows.PowerState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Power actions against the demo cluster, sent as the signed-in user. */
class VmPowerOperationsIT {

  private static final UserIdentity HELPDESK = TaskTestbed.HELPDESK;
  private static final UserIdentity SHOP_OWNER = TaskTestbed.SHOP_OWNER;
  private static final UserIdentity OPERATOR = TaskTestbed.OPERATOR;

  private static TaskTestbed bed;
  private static DemoClusterFixture cluster;
  private static VmInventory inventory;
  private static TaskService tasks;
  private static VmOperations operations;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    cluster = bed.cluster;
    tasks = bed.tasks;
    inventory = new VmInventory(cluster.caches, cluster.connection);
    operations = new VmOperations(inventory, new VmYaml(cluster.caches), bed.reviews, tasks);
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    bed.close();
  }

  @Test
  void powerOnAndOffAsHelpdeskReachTheTargetStateAndKeepUnknownFields() {
    ResourceKey vm = new ResourceKey("shop", "db-01");
    await().until(() -> power(vm) == PowerState.POWERED_OFF);
    cluster.server.clearReceivedRequests();

    Task on = operations.run(HELPDESK, PowerAction.POWER_ON, vm);

    bed.awaitFinished(on, TaskStatus.COMPLETED);
    assertThat(power(vm)).isEqualTo(PowerState.POWERED_ON);
    assertThat(cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("PUT") && r.path().endsWith("/db-01/start"))
        .singleElement()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("helpdesk"));

    Task off = operations.run(HELPDESK, PowerAction.POWER_OFF, vm);

    bed.awaitFinished(off, TaskStatus.COMPLETED);
    assertThat(power(vm)).isEqualTo(PowerState.POWERED_OFF);
    assertThat(bed.latest(off).yamlAfter()).contains("runStrategy: \"Halted\"");
    assertThat(bed.latest(off).yamlBefore()).contains("runStrategy: \"Always\"");
    assertThat(bed.templateSpec(vm)).containsKey("terminationGracePeriodSeconds");
  }

  @Test
  void forbiddenActionIsRefusedAndNothingIsSent() {
    ResourceKey finance = new ResourceKey("finance", "erp-02");
    cluster.server.clearReceivedRequests();

    Task task = operations.run(SHOP_OWNER, PowerAction.POWER_OFF, finance);

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
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

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.conflict");
    assertThat(bed.latest(task).failure().args().get(0)).contains("already running");
  }

  @Test
  void vmThatNoHostCanRunFailsWithTheSchedulersReason() {
    ResourceKey big = new ResourceKey("dev", "analytics-xl-01");
    bed.awaitFinished(operations.run(OPERATOR, PowerAction.POWER_OFF, big), TaskStatus.COMPLETED);

    Task task = operations.run(OPERATOR, PowerAction.POWER_ON, big);

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.unschedulable.memory");
  }

  private static PowerState power(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).orElseThrow().powerState();
  }
}
