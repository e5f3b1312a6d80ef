package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small simulated KubeVirt controller for the demo cluster. Driven by informers on
 * VirtualMachines, VirtualMachineInstances and Nodes, it creates a VMI for every VM that should run
 * and walks it through Pending, Scheduling, Scheduled and Running one step apart; recreates the VMI
 * of a running VM when it disappears (a restart); deletes the VMI of a VM that is halted (one step
 * later, the VM shows Stopping meanwhile) or deleted; records the events KubeVirt and the scheduler
 * record ({@link VmiEvents}, {@link VmiCreator}); and keeps the VM's status (printableStatus,
 * ready, created, conditions, Paused when the VMI is paused) in line. It writes only by create,
 * delete, JSON merge patch and the status subresource, so unknown fields survive; all work runs on
 * one scheduler thread, event-driven. A VM's template DataVolumes are created and awaited before it
 * boots ({@link VmDataVolumes}). Snapshots and restores are simulated by {@link
 * SnapshotController}, clones by {@link CloneController}, live migrations by {@link
 * MigrationController}, the Node Maintenance Operator by {@link NodeMaintenanceController}.
 */
public final class KubeVirtSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KubeVirtSimulator.class);

  private final KubernetesClient admin;
  private final Duration step;
  private final ScheduledExecutorService worker;
  private final SimWorker sim;
  private final VmiLifecycle lifecycle;
  private final SimEvents events;
  private final VmiCreator creator;
  private final LauncherPods launchers;
  private final StatusWriter writer;
  private final NicSync nics;
  private final VmDataVolumes dataVolumes;
  private final HardwareSync hardware;
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
    this.events = new SimEvents(admin);
    this.creator = new VmiCreator(admin, events);
    this.writer = new StatusWriter(admin);
    this.nics = new NicSync(admin, lifecycle);
    this.launchers = new LauncherPods(admin);
    this.dataVolumes = new VmDataVolumes(admin, events);
    this.hardware = new HardwareSync(admin);
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kubevirt-sim").daemon().factory());
    this.sim = new SimWorker(worker, step);
  }

  /** Starts watching; VMs that already exist are reconciled right away. */
  public synchronized void start() {
    nodes = admin.nodes().inform();
    nodes.addEventHandler(new NodeEvents(admin, sim::run));
    informers.add(nodes);
    var vmiInformer = Api.op(admin, Api.VMI).inAnyNamespace().runnableInformer(0);
    var vmInformer = Api.op(admin, Api.VM).inAnyNamespace().runnableInformer(0);
    vmis = vmiInformer;
    vms = vmInformer;
    vmiInformer.addEventHandler(
        Tasks.handler(
            sim::run,
            this::onVmi,
            vmi -> {
              lifecycle.released(vmi);
              launchers.delete(vmi.getMetadata().getNamespace(), vmi.getMetadata().getName());
              reconcileVm(vmi.getMetadata().getNamespace(), vmi.getMetadata().getName());
            }));
    vmInformer.addEventHandler(
        Tasks.handler(
            sim::run,
            vm -> reconcileVm(vm.getMetadata().getNamespace(), vm.getMetadata().getName()),
            vm -> {
              creator.delete(vm.getMetadata().getNamespace(), vm.getMetadata().getName());
              dataVolumes.collect(vm);
            }));
    vmiInformer.addEventHandler(new VmiEvents(events, sim::run));
    informers.add(vmiInformer);
    informers.add(vmInformer);
    vmiInformer.run();
    vmInformer.run();
    var nodeInformer = nodes;
    informers.add(
        new MigrationController(
                admin,
                events,
                worker,
                step,
                lifecycle,
                () -> nodeInformer.getStore().list(),
                () -> vmiInformer.getStore().list())
            .start());
    informers.addAll(new SnapshotController(admin, events, worker, step).start());
    informers.add(new CloneController(admin, events, worker, step).start());
    informers.add(
        new NodeMaintenanceController(admin, worker, step, () -> vmiInformer.getStore().list())
            .start());
    informers.addAll(new StorageController(admin, worker, step).start());
    informers.add(dataVolumes.start(sim::run, this::reconcileVm));
    LOG.debug("KubeVirt simulator started, step {}", step);
  }

  /**
   * Stops the informers and the scheduler, and waits briefly for a step under way, so that nothing
   * is written after (a reset deletes everything next).
   */
  @Override
  public synchronized void close() {
    informers.forEach(SharedIndexInformer::close);
    informers.clear();
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
      sim.later(ns + "/" + name + "@" + phase, () -> advance(ns, name, phase));
    } else if ("Running".equals(phase)) {
      launchers.ensure(vmi);
    }
    reconcileVm(ns, name);
  }

  private void advance(String ns, String name, @Nullable String phase) {
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
    writer.patchStatus(Api.VMI, ns, name, status);
    if ("Scheduled".equals(status.get("phase"))) {
      writer.labelNode(ns, name, status.get("nodeName"));
    }
  }

  private void reconcileVm(String ns, String name) {
    var vm = cached(vms, ns, name);
    if (vm == null) {
      return;
    }
    dataVolumes.ensure(vm);
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
      if (wants && !dataVolumes.ready(vm)) {
        provisioning(vm);
        return;
      }
      if (wants) {
        creator.create(vm);
      }
    } else if (!wants && vmi != null) {
      sim.later(ns + "/" + name + "@delete", () -> stopVmi(ns, name));
    }
    boolean restartRequired =
        wants
            && vmi != null
            && "Running".equals(Api.get(vmi, "status", "phase"))
            // both run: each applies what it can live, either may require a restart
            && (nics.sync(vm, vmi) | hardware.sync(vm, vmi));
    var status =
        RestartRequired.with(Statuses.vmStatus(wants, vmi, Instant.now()), restartRequired);
    if (!Statuses.sameVmStatus(vm, status) || RestartRequired.changed(vm, status)) {
      LOG.debug("VM {}/{}: {}", ns, name, status.get("printableStatus"));
      writer.patchStatus(Api.VM, ns, name, status);
    }
  }

  /** A VM that should run while its DataVolumes are still being provisioned. */
  private void provisioning(GenericKubernetesResource vm) {
    var status = Statuses.vmStatus(true, null, Instant.now());
    status.put("printableStatus", "Provisioning");
    if (!Statuses.sameVmStatus(vm, status)) {
      writer.patchStatus(
          Api.VM, vm.getMetadata().getNamespace(), vm.getMetadata().getName(), status);
    }
  }

  private void stopVmi(String ns, String name) {
    var halted = cached(vms, ns, name);
    if (halted == null) {
      creator.delete(ns, name);
    } else {
      creator.stop(halted, cached(vmis, ns, name));
    }
  }
}
