package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small simulated KubeVirt controller for the demo cluster. Driven by informers on
 * VirtualMachines, VirtualMachineInstances and Nodes, it creates a VMI for every VM that should run
 * and walks it through Pending, Scheduling, Scheduled and Running one step apart; recreates the VMI
 * of a running VM when it disappears (a restart); deletes the VMI of a VM that is halted (one step
 * later, the VM shows Stopping meanwhile) or deleted; and keeps the VM's status (printableStatus,
 * ready, created, conditions, Paused when the VMI is paused) in line. It writes only by create,
 * delete, JSON merge patch and the status subresource, so unknown fields survive; all work runs on
 * one scheduler thread, event-driven.
 */
public final class KubeVirtSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KubeVirtSimulator.class);

  private final KubernetesClient admin;
  private final Duration step;
  private final ScheduledExecutorService worker;
  private final VmiLifecycle lifecycle;
  private final Set<String> scheduled = new HashSet<>();
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private @Nullable SharedIndexInformer<GenericKubernetesResource> vms;
  private @Nullable SharedIndexInformer<GenericKubernetesResource> vmis;
  private @Nullable SharedIndexInformer<Node> nodes;

  /**
   * @param admin a client allowed to read and write VMs, VMIs, nodes and networks everywhere
   * @param step the delay between two lifecycle phases (500 ms in the demo)
   */
  public KubeVirtSimulator(KubernetesClient admin, Duration step) {
    this.admin = admin;
    this.step = step;
    this.lifecycle = new VmiLifecycle(admin);
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kubevirt-sim").daemon().factory());
  }

  /** Starts watching; VMs that already exist are reconciled right away. */
  public synchronized void start() {
    nodes = admin.nodes().inform();
    informers.add(nodes);
    var vmiInformer = Api.op(admin, Api.VMI).inAnyNamespace().runnableInformer(0);
    var vmInformer = Api.op(admin, Api.VM).inAnyNamespace().runnableInformer(0);
    vmis = vmiInformer;
    vms = vmInformer;
    vmiInformer.addEventHandler(
        handler(
            this::onVmi,
            vmi -> {
              lifecycle.released(vmi);
              reconcileVm(vmi.getMetadata().getNamespace(), vmi.getMetadata().getName());
            }));
    vmInformer.addEventHandler(
        handler(
            vm -> reconcileVm(vm.getMetadata().getNamespace(), vm.getMetadata().getName()),
            vm -> deleteVmi(vm.getMetadata().getNamespace(), vm.getMetadata().getName())));
    informers.add(vmiInformer);
    informers.add(vmInformer);
    vmiInformer.run();
    vmInformer.run();
    LOG.debug("KubeVirt simulator started, step {}", step);
  }

  /** Stops the informers and the scheduler. */
  @Override
  public synchronized void close() {
    informers.forEach(SharedIndexInformer::close);
    informers.clear();
    worker.shutdownNow();
  }

  private ResourceEventHandler<GenericKubernetesResource> handler(
      Consumer<GenericKubernetesResource> upsert, Consumer<GenericKubernetesResource> delete) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(GenericKubernetesResource obj) {
        run(() -> upsert.accept(obj));
      }

      @Override
      public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
        run(() -> upsert.accept(newObj));
      }

      @Override
      public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
        run(() -> delete.accept(obj));
      }
    };
  }

  private void run(Runnable task) {
    if (!worker.isShutdown()) {
      worker.execute(() -> guarded(task));
    }
  }

  private void guarded(Runnable task) {
    try {
      task.run();
    } catch (KubernetesClientException e) {
      if (Api.isNotFound(e) || Api.isConflict(e)) {
        LOG.debug("Simulator write skipped: {}", e.getMessage());
      } else {
        LOG.warn("Simulator write failed", e);
      }
    } catch (RuntimeException e) {
      LOG.warn("Simulator step failed", e);
    }
  }

  private @Nullable GenericKubernetesResource cached(
      @Nullable SharedIndexInformer<GenericKubernetesResource> informer, String ns, String name) {
    return informer == null ? null : informer.getStore().getByKey(ns + "/" + name);
  }

  private void onVmi(GenericKubernetesResource vmi) {
    var ns = vmi.getMetadata().getNamespace();
    var name = vmi.getMetadata().getName();
    String phase = Api.get(vmi, "status", "phase");
    if (!"Running".equals(phase) && vmi.getMetadata().getDeletionTimestamp() == null) {
      var key = ns + "/" + name + "@" + phase;
      if (scheduled.add(key)) {
        worker.schedule(
            () -> guarded(() -> advance(ns, name, phase, key)),
            step.toMillis(),
            TimeUnit.MILLISECONDS);
      }
    }
    reconcileVm(ns, name);
  }

  private void advance(String ns, String name, @Nullable String phase, String key) {
    scheduled.remove(key);
    var vmi = cached(vmis, ns, name);
    if (vmi == null || !java.util.Objects.equals(phase, Api.get(vmi, "status", "phase"))) {
      return;
    }
    var nodeList = nodes == null ? List.<Node>of() : nodes.getStore().list();
    var status = lifecycle.next(vmi, cached(vms, ns, name), nodeList, Instant.now());
    if (status == null) {
      return;
    }
    LOG.debug("VMI {}/{}: {} -> {}", ns, name, phase, status.getOrDefault("phase", phase));
    patchStatus(Api.VMI, ns, name, status);
    if ("Scheduled".equals(status.get("phase"))) {
      var labels = map("kubevirt.io/nodeName", status.get("nodeName"));
      Api.op(admin, Api.VMI)
          .inNamespace(ns)
          .withName(name)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE), json(map("metadata", map("labels", labels))));
    }
  }

  private void reconcileVm(String ns, String name) {
    var vm = cached(vms, ns, name);
    if (vm == null) {
      return;
    }
    var wants = Statuses.wantsRunning(vm);
    if (wants == null) {
      return;
    }
    var vmi = cached(vmis, ns, name);
    if (wants && vmi == null) {
      // the VMI may be gone because the VM was just halted: trust the API, not a stale cache
      vm = Api.op(admin, Api.VM).inNamespace(ns).withName(name).get();
      wants = vm == null ? null : Statuses.wantsRunning(vm);
      if (vm == null || wants == null) {
        return;
      }
      if (wants) {
        createVmi(vm);
      }
    } else if (!wants && vmi != null) {
      var key = ns + "/" + name + "@delete";
      if (scheduled.add(key)) {
        worker.schedule(
            () ->
                guarded(
                    () -> {
                      scheduled.remove(key);
                      deleteVmi(ns, name);
                    }),
            step.toMillis(),
            TimeUnit.MILLISECONDS);
      }
    }
    var status = Statuses.vmStatus(wants, vmi, Instant.now());
    if (!Statuses.sameVmStatus(vm, status)) {
      LOG.debug("VM {}/{}: {}", ns, name, status.get("printableStatus"));
      patchStatus(Api.VM, ns, name, status);
    }
  }

  private void createVmi(GenericKubernetesResource vm) {
    var meta = vm.getMetadata();
    Map<String, String> templateLabels = Api.get(vm, "spec", "template", "metadata", "labels");
    var labels =
        new LinkedHashMap<String, String>(templateLabels == null ? Map.of() : templateLabels);
    labels.put("kubevirt.io/domain", meta.getName());
    var vmi = new GenericKubernetesResource();
    vmi.setApiVersion("kubevirt.io/v1");
    vmi.setKind("VirtualMachineInstance");
    vmi.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName(meta.getName())
            .withNamespace(meta.getNamespace())
            .withLabels(labels)
            .withAnnotations(Map.of("kubevirt.io/latest-observed-api-version", "v1"))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("kubevirt.io/v1")
                    .withKind("VirtualMachine")
                    .withName(meta.getName())
                    .withUid(meta.getUid())
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .build());
    vmi.setAdditionalProperties(new LinkedHashMap<>(Statuses.vmiBody(vm)));
    LOG.debug("VM {}/{}: creating VMI", meta.getNamespace(), meta.getName());
    try {
      Api.op(admin, Api.VMI).inNamespace(meta.getNamespace()).resource(vmi).create();
    } catch (KubernetesClientException e) {
      if (!Api.isConflict(e)) {
        throw e;
      }
      LOG.debug("VMI {}/{} exists already", meta.getNamespace(), meta.getName());
    }
  }

  private void deleteVmi(String ns, String name) {
    LOG.debug("Deleting VMI {}/{}", ns, name);
    Api.op(admin, Api.VMI).inNamespace(ns).withName(name).delete();
  }

  private void patchStatus(
      io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext kind,
      String ns,
      String name,
      Map<String, Object> status) {
    Api.op(admin, kind)
        .inNamespace(ns)
        .withName(name)
        .status()
        .patch(PatchContext.of(PatchType.JSON_MERGE), json(map("status", status)));
  }

  private String json(Object value) {
    return admin.getKubernetesSerialization().asJson(value);
  }
}
