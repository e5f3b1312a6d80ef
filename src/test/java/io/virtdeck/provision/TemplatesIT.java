package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.rows.VmTemplates;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Templates against the demo cluster: convert a stopped VM to a template and back as the user,
 * keeping every other field; power actions refused for a template and a running VM refused as a
 * template, forbidden users refused, all before anything is sent; a race answered by a 409.
 */
class TemplatesIT {

  private static final UserIdentity OPERATOR = TaskTestbed.OPERATOR;
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static TaskTestbed bed;
  private static DemoClusterFixture cluster;
  private static VmInventory inventory;
  private static VmOperations power;
  private static VmTemplating templating;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    cluster = bed.cluster;
    inventory = new VmInventory(cluster.caches, cluster.connection);
    power = new VmOperations(inventory, new VmYaml(cluster.caches), bed.reviews, bed.tasks);
    templating = new VmTemplating(cluster.caches, bed.reviews, bed.tasks);
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    bed.close();
  }

  @Test
  void theSeededTemplatesAreStoppedTemplatesInShop() {
    for (String name : new String[] {"fedora-template", "rhel9-template"}) {
      ResourceKey key = new ResourceKey("shop", name);
      await().atMost(WAIT).until(() -> inventory.row(key, UserScopes.ALL).isPresent());
      VmRow row = inventory.row(key, UserScopes.ALL).orElseThrow();
      assertThat(row.template()).as(name).isTrue();
      assertThat(row.powerState()).isEqualTo(PowerState.POWERED_OFF);
    }
  }

  @Test
  void aStoppedVmBecomesATemplateAndAVmAgainKeepingEveryOtherField() {
    ResourceKey vm = new ResourceKey("shop", "web-02");
    await().atMost(WAIT).until(() -> power(vm) == PowerState.POWERED_OFF);
    var specBefore = bed.templateSpec(vm);
    var labelsBefore = labels(vm);

    TemplateConversion toTemplate = templating.prepareToTemplate(vm).orElseThrow();
    assertThat(toTemplate.commands())
        .anySatisfy(c -> assertThat(c).startsWith("kubectl patch vm web-02"))
        .contains("kubectl label vm web-02 -n shop virtdeck.io/template=true" + " --overwrite");
    Task task = templating.run(OPERATOR, toTemplate);

    bed.awaitFinished(task, TaskStatus.COMPLETED);
    assertThat(bed.latest(task).call().method()).isEqualTo("PATCH");
    await().atMost(WAIT).until(() -> template(vm));
    assertThat(labels(vm))
        .containsAllEntriesOf(labelsBefore)
        .containsEntry(VmTemplates.LABEL, "true");
    assertThat(bed.templateSpec(vm)).isEqualTo(specBefore);
    assertThat(templating.prepareToTemplate(vm)).isEmpty();

    Task back = templating.run(OPERATOR, templating.prepareToVirtualMachine(vm).orElseThrow());

    bed.awaitFinished(back, TaskStatus.COMPLETED);
    await().atMost(WAIT).until(() -> !template(vm));
    assertThat(labels(vm)).isEqualTo(labelsBefore);
    assertThat(bed.templateSpec(vm)).isEqualTo(specBefore);
  }

  @Test
  void everyPowerActionOnATemplateIsRefusedBeforeAnythingIsSent() {
    ResourceKey template = new ResourceKey("shop", "fedora-template");
    await().atMost(WAIT).until(() -> template(template));
    cluster.server.clearReceivedRequests();

    Task on = power.run(OPERATOR, PowerAction.POWER_ON, template);
    Task helpdesk = power.run(TaskTestbed.HELPDESK, PowerAction.POWER_ON, template);

    bed.awaitFinished(on, TaskStatus.FAILED);
    bed.awaitFinished(helpdesk, TaskStatus.FAILED);
    assertThat(bed.latest(on).failure().key()).isEqualTo("vm.power.refused.template");
    assertThat(bed.latest(on).failure().args()).containsExactly("fedora-template");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.path().contains("fedora-template/"));
    assertThat(power(template)).isEqualTo(PowerState.POWERED_OFF);
    assertThat(power.unavailableBecause(PowerAction.POWER_ON, row(template)))
        .contains("vm.action.disabled.template");
  }

  @Test
  void aRunningVmIsNotConvertedAndNothingIsSent() {
    ResourceKey running = new ResourceKey("shop", "web-01");
    await().atMost(WAIT).until(() -> power(running) == PowerState.POWERED_ON);
    assertThat(templating.toTemplateRefusal(running))
        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("prov.template.running"));
    cluster.server.clearReceivedRequests();

    Task task = templating.run(OPERATOR, templating.prepareToTemplate(running).orElseThrow());

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("prov.template.running");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.method().equals("PATCH") && r.path().endsWith("/web-01"));
    assertThat(template(running)).isFalse();
  }

  @Test
  void forbiddenUsersAreRefusedBeforeSending() {
    assertThat(templating.mayConvert(TaskTestbed.HELPDESK, "shop")).isFalse();
    assertThat(templating.mayConvert(TaskTestbed.SHOP_OWNER, "finance")).isFalse();
    assertThat(templating.mayConvert(TaskTestbed.SHOP_OWNER, "shop")).isTrue();
    ResourceKey template = new ResourceKey("shop", "rhel9-template");
    await().atMost(WAIT).until(() -> template(template));
    cluster.server.clearReceivedRequests();

    Task task =
        templating.run(
            TaskTestbed.HELPDESK, templating.prepareToVirtualMachine(template).orElseThrow());

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.method().equals("PATCH") && r.path().endsWith("/rhel9-template"));
    assertThat(template(template)).isTrue();
  }

  @Test
  void aVmChangedAfterTheUserSawItIsRefusedWithAConflict() {
    ResourceKey vm = new ResourceKey("finance", "erp-01");
    await().atMost(WAIT).until(() -> power(vm) == PowerState.POWERED_OFF);
    TemplateConversion seen = templating.prepareToTemplate(vm).orElseThrow();
    cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name())
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"runStrategy\":\"Manual\"}}");
    await().atMost(WAIT).until(() -> "Manual".equals(runStrategy(vm)));

    Task task = templating.run(OPERATOR, seen);

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.conflict");
    assertThat(template(vm)).isFalse();
  }

  private static VmRow row(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).orElseThrow();
  }

  private static PowerState power(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).map(VmRow::powerState).orElse(PowerState.STARTING);
  }

  private static boolean template(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).map(VmRow::template).orElse(false);
  }

  private static String runStrategy(ResourceKey vm) {
    var seen = cluster.caches.virtualMachines().get(vm).orElseThrow();
    return String.valueOf(seen.getSpec().runStrategy);
  }

  private static Map<String, String> labels(ResourceKey vm) {
    return cluster.caches.virtualMachines().get(vm).orElseThrow().getMetadata().getLabels();
  }
}
