package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Simulates the Node Maintenance Operator (medik8s) with KubeVirt's eviction handling: for a
 * NodeMaintenance it cordons the node and evicts its VMs, which KubeVirt turns into live migrations
 * ({@code kubevirt-evacuation-} migrations) for live-migratable instances and refuses for the
 * others (they stay as pending pods, with the refusal as {@code lastError}); it writes {@code
 * status.phase}, {@code drainProgress}, {@code totalpods}, {@code evictionPods} and {@code
 * pendingPods} one step apart until the node is empty (Succeeded). Deleting it uncordons the node.
 */
final class NodeMaintenanceController {

  private final KubernetesClient admin;
  private final SimWorker sim;
  private final Supplier<List<GenericKubernetesResource>> vmis;

  NodeMaintenanceController(
      KubernetesClient admin,
      ScheduledExecutorService worker,
      Duration step,
      Supplier<List<GenericKubernetesResource>> vmis) {
    this.admin = admin;
    this.sim = new SimWorker(worker, step);
    this.vmis = vmis;
  }

  SharedIndexInformer<GenericKubernetesResource> start() {
    var informer = Api.op(admin, Api.NODE_MAINTENANCE).runnableInformer(0);
    informer.addEventHandler(Tasks.handler(sim::run, this::onChange, this::onDelete));
    informer.run();
    return informer;
  }

  private void onChange(GenericKubernetesResource maintenance) {
    String name = maintenance.getMetadata().getName();
    if (maintenance.getMetadata().getDeletionTimestamp() == null
        && !"Succeeded".equals(Api.get(maintenance, "status", "phase"))) {
      sim.later(name, () -> drain(name));
    }
  }

  /** One drain step: cordon, evict what can move, report what cannot. */
  private void drain(String name) {
    var maintenance = Api.op(admin, Api.NODE_MAINTENANCE).withName(name).get();
    String node = Api.get(maintenance, "spec", "nodeName");
    if (maintenance == null || node == null) {
      return;
    }
    cordon(node, true);
    List<GenericKubernetesResource> onNode =
        vmis.get().stream()
            .filter(v -> node.equals(Api.get(v, "status", "nodeName")))
            .filter(v -> "Running".equals(Api.get(v, "status", "phase")))
            .toList();
    Number total = Api.get(maintenance, "status", "totalpods");
    int totalPods = total == null ? onNode.size() : total.intValue();
    List<String> pending = new ArrayList<>();
    String lastError = "";
    for (var vmi : onNode) {
      if (Migratability.NOT_MIGRATABLE.equals(notLiveMigratable(vmi))) {
        pending.add(launcher(vmi));
        lastError =
            "error when evicting pods/\"%s\" -n \"%s\": admission webhook \"virt-launcher-eviction-interceptor.kubevirt.io\" denied the request: VMI %s is configured with an eviction strategy but is not live-migratable"
                .formatted(
                    launcher(vmi), vmi.getMetadata().getNamespace(), vmi.getMetadata().getName());
      } else {
        evacuate(vmi, node);
      }
    }
    int progress = totalPods == 0 ? 100 : (totalPods - onNode.size()) * 100 / totalPods;
    Api.op(admin, Api.NODE_MAINTENANCE)
        .withName(name)
        .status()
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            admin
                .getKubernetesSerialization()
                .asJson(
                    map(
                        "status",
                        map(
                            "phase",
                            onNode.isEmpty() ? "Succeeded" : "Running",
                            "drainProgress",
                            progress,
                            "totalpods",
                            totalPods,
                            "evictionPods",
                            onNode.size(),
                            "pendingPods",
                            pending,
                            "lastError",
                            lastError,
                            "lastUpdate",
                            Instant.now().toString()))));
  }

  private static String notLiveMigratable(GenericKubernetesResource vmi) {
    List<java.util.Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    return conditions == null
        ? ""
        : conditions.stream()
            .filter(c -> "LiveMigratable".equals(c.get("type")) && "False".equals(c.get("status")))
            .map(c -> String.valueOf(c.get("reason")))
            .findFirst()
            .orElse("");
  }

  private static String launcher(GenericKubernetesResource vmi) {
    return "virt-launcher-" + vmi.getMetadata().getName();
  }

  /** KubeVirt's answer to evicting a live-migratable VM's pod: one migration, unless one runs. */
  private void evacuate(GenericKubernetesResource vmi, String node) {
    String ns = vmi.getMetadata().getNamespace();
    String name = vmi.getMetadata().getName();
    boolean running =
        Api.op(admin, Api.MIGRATION).inNamespace(ns).list().getItems().stream()
            .anyMatch(
                m ->
                    name.equals(Api.get(m, "spec", "vmiName"))
                        && !Objects.equals("Succeeded", Api.get(m, "status", "phase"))
                        && !Objects.equals("Failed", Api.get(m, "status", "phase")));
    if (running) {
      return;
    }
    var migration = new GenericKubernetesResource();
    migration.setApiVersion("kubevirt.io/v1");
    migration.setKind("VirtualMachineInstanceMigration");
    migration.setMetadata(
        new ObjectMetaBuilder()
            .withName(
                "kubevirt-evacuation-" + name + "-" + Long.toString(System.nanoTime() % 46656, 36))
            .withNamespace(ns)
            .withLabels(java.util.Map.of("kubevirt.io/evacuation-source", node))
            .build());
    migration.setAdditionalProperty("spec", map("vmiName", name));
    Api.op(admin, Api.MIGRATION).inNamespace(ns).resource(migration).create();
  }

  private void onDelete(GenericKubernetesResource maintenance) {
    String node = Api.get(maintenance, "spec", "nodeName");
    if (node != null) {
      cordon(node, false);
    }
  }

  /** What the operator does to the node: a merge patch of {@code spec.unschedulable}. */
  private void cordon(String node, boolean unschedulable) {
    admin
        .nodes()
        .withName(node)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            unschedulable
                ? "{\"spec\":{\"unschedulable\":true}}"
                : "{\"spec\":{\"unschedulable\":null}}");
  }
}
