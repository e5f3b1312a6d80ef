package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Edit Settings against the simulated demo cluster, as the demo users: a stopped VM's memory and
 * tags change and nothing else does; a running VM gets more sockets hot-plugged within maxSockets
 * and shows "restart required" for a change that cannot be live; a VM changed meanwhile is refused,
 * not overwritten; the helpdesk, and the shop owner outside shop, are refused before sending.
 */
class VmEditingIT {

  static TaskTestbed bed;
  static VmEditing editing;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    editing = new VmEditing(bed.cluster.caches, bed.reviews, bed.tasks);
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static SettingsForm form(
      CurrentSettings current, String sockets, String cores, String memory, String labels) {
    SettingsForm f = SettingsForm.of(current.settings());
    return new SettingsForm(
        sockets,
        cores,
        f.threads(),
        memory,
        f.runStrategy(),
        f.description(),
        labels,
        f.annotations());
  }

  private static ResourceKey stoppedVm(String namespace) {
    return bed.cluster.caches.virtualMachines().list(namespace).stream()
        .filter(v -> "Halted".equals(v.getSpec().runStrategy))
        .filter(v -> !io.virtdeck.vm.rows.VmTemplates.isTemplate(v)) // templates never power on
        .map(Keys::of)
        .findFirst()
        .orElseThrow();
  }

  private static GenericKubernetesResource server(ResourceKey vm) {
    return bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name())
        .get();
  }

  private static Task edit(
      ResourceKey vm, java.util.function.Function<CurrentSettings, SettingsForm> change) {
    CurrentSettings current = editing.current(vm).orElseThrow();
    SettingsForm form = change.apply(current);
    assertThat(editing.problems(current, form)).isEmpty();
    return editing.run(TaskTestbed.OPERATOR, editing.prepare(vm, current, form).orElseThrow());
  }

  @Test
  void operatorChangesTheMemoryAndTagsOfAStoppedVmAndNothingElse() {
    ResourceKey vm = stoppedVm("shop");
    Map<String, Object> before = server(vm).get("spec", "template", "spec", "domain");
    String machine = server(vm).get("spec", "template", "spec", "domain", "machine", "type");

    Task task =
        edit(
            vm,
            c ->
                form(
                    c,
                    SettingsForm.of(c.settings()).sockets(),
                    SettingsForm.of(c.settings()).cores(),
                    "6Gi",
                    SettingsForm.of(c.settings()).labels() + "owner=ann\n"));
    bed.awaitFinished(task, TaskStatus.COMPLETED);

    var after = server(vm);
    assertThat((String) after.get("spec", "template", "spec", "domain", "memory", "guest"))
        .isEqualTo("6Gi");
    assertThat(after.getMetadata().getLabels()).containsEntry("owner", "ann");
    assertThat((String) after.get("spec", "template", "spec", "domain", "machine", "type"))
        .isEqualTo(machine);
    assertThat((Object) after.get("spec", "template", "spec", "domain", "cpu"))
        .isEqualTo(before.get("cpu"));
    assertThat((String) after.get("spec", "runStrategy")).isEqualTo("Halted");
  }

  @Test
  void runningVmGetsSocketsHotPluggedWithinMaxSocketsAndRestartRequiredOtherwise() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> bed.cluster.caches.virtualMachineInstances().get(vm).isPresent());
    bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace("shop")
        .withName("web-01")
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"add\",\"path\":\"/spec/template/spec/domain/cpu/maxSockets\",\"value\":8}]");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> editing.current(vm).orElseThrow().shape().maxSockets() != null);
    CurrentSettings current = editing.current(vm).orElseThrow();
    int sockets = current.settings().sockets();

    SettingsForm more =
        form(
            current,
            String.valueOf(sockets + 1),
            SettingsForm.of(current.settings()).cores(),
            current.settings().memory(),
            SettingsForm.of(current.settings()).labels());
    var operation = editing.prepare(vm, current, more).orElseThrow();
    assertThat(operation.effects())
        .extracting(m -> m.key())
        .containsExactly("prov.settings.effect.cpu-hotplug");
    bed.awaitFinished(editing.run(TaskTestbed.OPERATOR, operation), TaskStatus.COMPLETED);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        bed.cluster
                            .caches
                            .virtualMachineInstances()
                            .get(vm)
                            .orElseThrow()
                            .getSpec()
                            .domain
                            .cpu
                            .sockets)
                    .isEqualTo(sockets + 1));
    assertThat(restartRequired(vm)).isFalse();

    Task cores =
        edit(
            vm,
            c ->
                form(
                    c,
                    SettingsForm.of(c.settings()).sockets(),
                    "4",
                    c.settings().memory(),
                    SettingsForm.of(c.settings()).labels()));
    bed.awaitFinished(cores, TaskStatus.COMPLETED);
    await().atMost(Duration.ofSeconds(30)).until(() -> restartRequired(vm));
  }

  @Test
  void aVmChangedMeanwhileIsRefusedNotOverwritten() {
    ResourceKey vm = stoppedVm("finance");
    CurrentSettings seen = editing.current(vm).orElseThrow();
    bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name())
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"domain\":{\"memory\":{\"guest\":\"5Gi\"}}}}}}");

    SettingsForm stale =
        form(
            seen,
            SettingsForm.of(seen.settings()).sockets(),
            SettingsForm.of(seen.settings()).cores(),
            "7Gi",
            SettingsForm.of(seen.settings()).labels());
    Task task = editing.run(TaskTestbed.OPERATOR, editing.prepare(vm, seen, stale).orElseThrow());
    bed.awaitFinished(task, TaskStatus.FAILED);

    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.conflict");
    assertThat((String) server(vm).get("spec", "template", "spec", "domain", "memory", "guest"))
        .isEqualTo("5Gi");
  }

  @Test
  void helpdeskAndTheShopOwnerOutsideShopAreRefusedBeforeSending() {
    assertThat(editing.mayEdit(TaskTestbed.HELPDESK, "shop")).isFalse();
    assertThat(editing.mayEdit(TaskTestbed.SHOP_OWNER, "shop")).isTrue();
    assertThat(editing.mayEdit(TaskTestbed.SHOP_OWNER, "finance")).isFalse();
    assertThat(editing.mayEdit(TaskTestbed.OPERATOR, "finance")).isTrue();

    ResourceKey vm = stoppedVm("finance");
    String version = server(vm).getMetadata().getResourceVersion();
    CurrentSettings current = editing.current(vm).orElseThrow();
    var operation =
        editing
            .prepare(
                vm,
                current,
                form(
                    current,
                    SettingsForm.of(current.settings()).sockets(),
                    SettingsForm.of(current.settings()).cores(),
                    "9Gi",
                    ""))
            .orElseThrow();
    for (var user : List.of(TaskTestbed.HELPDESK, TaskTestbed.SHOP_OWNER)) {
      Task task = editing.run(user, operation);
      bed.awaitFinished(task, TaskStatus.FAILED);
      assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    }
    assertThat(server(vm).getMetadata().getResourceVersion()).isEqualTo(version);
  }

  private static boolean restartRequired(ResourceKey vm) {
    var status = bed.cluster.caches.virtualMachines().get(vm).orElseThrow().getStatus();
    return status != null
        && status.conditions != null
        && status.conditions.stream().anyMatch(c -> "RestartRequired".equals(c.type) && c.holds());
  }
}
