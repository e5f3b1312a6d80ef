package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Simulates live migration: an informer on VirtualMachineInstanceMigrations walks each through its
 * phases one step apart ({@link MigrationSteps}), within KubeVirt's parallel limits (a migration
 * over them waits in Pending), moves the instance to the target node on success, and records the
 * events. Deleting a running migration aborts it, as KubeVirt does. Runs on the simulator's thread.
 */
final class MigrationController {

  private final KubernetesClient admin;
  private final SimEvents events;
  private final SimWorker sim;
  private final VmiLifecycle lifecycle;
  private final Supplier<List<Node>> nodes;
  private final Supplier<List<GenericKubernetesResource>> vmis;
  private @Nullable SharedIndexInformer<GenericKubernetesResource> informer;

  MigrationController(
      KubernetesClient admin,
      SimEvents events,
      ScheduledExecutorService worker,
      Duration step,
      VmiLifecycle lifecycle,
      Supplier<List<Node>> nodes,
      Supplier<List<GenericKubernetesResource>> vmis) {
    this.admin = admin;
    this.events = events;
    this.sim = new SimWorker(worker, step);
    this.lifecycle = lifecycle;
    this.nodes = nodes;
    this.vmis = vmis;
  }

  SharedIndexInformer<GenericKubernetesResource> start() {
    var migrations = Api.op(admin, Api.MIGRATION).inAnyNamespace().runnableInformer(0);
    informer = migrations;
    migrations.addEventHandler(Tasks.handler(sim::run, this::onMigration, this::aborted));
    migrations.run();
    return migrations;
  }

  private void onMigration(GenericKubernetesResource migration) {
    String phase = Api.get(migration, "status", "phase");
    if (migration.getMetadata().getDeletionTimestamp() == null && !finished(phase)) {
      sim.later(key(migration) + "@" + phase, () -> advance(key(migration), phase));
    }
  }

  private void advance(String key, @Nullable String phase) {
    var migration = informer == null ? null : informer.getStore().getByKey(key);
    if (migration == null || !Objects.equals(phase, Api.get(migration, "status", "phase"))) {
      return;
    }
    String ns = migration.getMetadata().getNamespace();
    GenericKubernetesResource vmi = vmi(ns, Api.get(migration, "spec", "vmiName"));
    var all = Objects.requireNonNull(informer).getStore().list();
    var next =
        MigrationSteps.next(
            migration,
            vmi,
            new MigrationTargets(nodes.get(), MigrationTargets.used(vmis.get(), arriving(all))),
            load(all, vmi),
            Instant.now());
    if (next == null) {
      sim.later(key + "@" + phase, () -> advance(key, phase)); // waiting for a free slot
      return;
    }
    if (next.vmi() != null && vmi != null) {
      patchVmi(vmi, next.vmi());
    }
    Api.op(admin, Api.MIGRATION)
        .inNamespace(ns)
        .withName(migration.getMetadata().getName())
        .status()
        .patch(PatchContext.of(PatchType.JSON_MERGE), json(map("status", next.migration())));
    if (next.event() != null) {
      record(next.event(), next.event().onVmi() && vmi != null ? vmi : migration);
    }
  }

  private void patchVmi(GenericKubernetesResource vmi, Map<String, Object> status) {
    var moved = status.containsKey("nodeName");
    if (moved) {
      lifecycle.released(vmi);
    }
    var resource =
        Api.op(admin, Api.VMI)
            .inNamespace(vmi.getMetadata().getNamespace())
            .withName(vmi.getMetadata().getName());
    var patched =
        resource.status().patch(PatchContext.of(PatchType.JSON_MERGE), json(map("status", status)));
    if (moved) {
      lifecycle.placed(patched);
      new StatusWriter(admin)
          .labelNode(
              vmi.getMetadata().getNamespace(),
              vmi.getMetadata().getName(),
              status.get("nodeName"));
    }
  }

  /** A migration deleted while it ran: the instance stays on its source, the abort is recorded. */
  private void aborted(GenericKubernetesResource migration) {
    String phase = Api.get(migration, "status", "phase");
    if (phase == null || finished(phase) || "Pending".equals(phase)) {
      return;
    }
    var vmi = vmi(migration.getMetadata().getNamespace(), Api.get(migration, "spec", "vmiName"));
    if (vmi == null) {
      return;
    }
    patchVmi(
        vmi,
        map(
            "migrationState",
            map(
                "abortRequested",
                true,
                "abortStatus",
                "Succeeded",
                "completed",
                true,
                "failed",
                true,
                "endTimestamp",
                Instant.now().toString())));
    events.normal(
        vmi,
        "MigrationAborted",
        "The migration of VirtualMachineInstance was aborted.",
        SimEvents.HANDLER,
        Api.get(vmi, "status", "nodeName"));
  }

  private void record(MigrationSteps.Event event, GenericKubernetesResource object) {
    if (event.warning()) {
      events.warning(object, event.reason(), event.message(), SimEvents.CONTROLLER);
    } else {
      events.normal(
          object,
          event.reason(),
          event.message(),
          SimEvents.HANDLER,
          Api.get(object, "status", "nodeName"));
    }
  }

  private @Nullable GenericKubernetesResource vmi(String ns, @Nullable String name) {
    return name == null ? null : Api.op(admin, Api.VMI).inNamespace(ns).withName(name).get();
  }

  private static MigrationSteps.Load load(
      List<GenericKubernetesResource> migrations, @Nullable GenericKubernetesResource vmi) {
    String source = Api.get(vmi, "status", "nodeName");
    int cluster = 0;
    int fromSource = 0;
    for (var migration : migrations) {
      if (MigrationSteps.inFlight(Api.get(migration, "status", "phase"))) {
        cluster++;
        if (source != null
            && source.equals(Api.get(migration, "status", "migrationState", "sourceNode"))) {
          fromSource++;
        }
      }
    }
    return new MigrationSteps.Load(cluster, fromSource);
  }

  /** Memory on its way to each target node, counted before the instance arrives. */
  private Map<String, BigDecimal> arriving(List<GenericKubernetesResource> migrations) {
    Map<String, BigDecimal> arriving = new HashMap<>();
    for (var migration : new ArrayList<>(migrations)) {
      String target = Api.get(migration, "status", "migrationState", "targetNode");
      if (target != null && MigrationSteps.inFlight(Api.get(migration, "status", "phase"))) {
        var vmi =
            vmi(migration.getMetadata().getNamespace(), Api.get(migration, "spec", "vmiName"));
        if (vmi != null) {
          arriving.merge(target, VmiLifecycle.memory(vmi), BigDecimal::add);
        }
      }
    }
    return arriving;
  }

  private static boolean finished(@Nullable String phase) {
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  private static String key(GenericKubernetesResource object) {
    return object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }

  private String json(Object value) {
    return admin.getKubernetesSerialization().asJson(value);
  }
}
