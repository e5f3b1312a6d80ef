package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.HostServices;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.provision.VmCloning;
import io.virtdeck.provision.VmEditing;
import io.virtdeck.provision.VmTemplating;
import io.virtdeck.snapshot.SnapshotOperations;
import io.virtdeck.snapshot.SnapshotServices;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmServices;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.yaml.ObjectYamls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The product's services that write VMs, wired by hand on a demo cluster, used as one user. */
record WriteServices(
    TaskTestbed bed,
    UserIdentity user,
    VmInventory inventory,
    VmOperations vms,
    StorageInventory storageInventory,
    StorageOperations storage,
    PortGroups portGroups,
    NetworkOperations network,
    SnapshotOperations snapshots,
    HostOperations hosts,
    VmEditing editing,
    VmTemplating templating,
    ObjectYamls yamls,
    VmCloning cloning) {

  static final Duration WAIT = Duration.ofSeconds(150);

  /** An unknown option planted in a NIC's {@code multus} reference. */
  static final String MULTUS_OPTION = "futureMultusOption";

  static WriteServices on(TaskTestbed bed, UserIdentity user) {
    var caches = bed.cluster.caches;
    VmInventory inventory = new VmInventory(caches, bed.cluster.connection);
    VmOperations vms = VmServices.operations(inventory, caches, bed.reviews, bed.tasks);
    StorageInventory storageInventory = new StorageInventory(caches, bed.reviews);
    PortGroups portGroups = new PortGroups(caches, bed.reviews);
    return new WriteServices(
        bed,
        user,
        inventory,
        vms,
        storageInventory,
        new StorageOperations(caches, storageInventory, bed.reviews, bed.tasks),
        portGroups,
        new NetworkOperations(caches, portGroups, bed.reviews, bed.tasks),
        SnapshotServices.operations(caches, inventory, bed.tasks, vms),
        HostServices.operations(caches, bed.reviews, bed.tasks, vms),
        new VmEditing(caches, bed.reviews, bed.tasks),
        new VmTemplating(caches, bed.reviews, bed.tasks),
        new ObjectYamls(
            caches,
            bed.reviews,
            new UserRequests(
                new UserClients(
                    bed.cluster.client, bed.cluster.connection, bed.cluster.properties)),
            bed.tasks),
        new VmCloning(caches, bed.reviews, bed.tasks, java.time.Clock.systemUTC()));
  }

  /** Waits until the task completed (failing with its reason if it failed). */
  void done(Task task) {
    await().atMost(WAIT).until(() -> bed.latest(task).status().finished());
    assertThat(bed.latest(task).status())
        .as("%s: %s", task.titleKey(), bed.latest(task).failure())
        .isEqualTo(TaskStatus.COMPLETED);
  }

  void until(Callable<Boolean> condition) {
    await().atMost(WAIT).until(condition);
  }

  /** Waits until every task of the user has finished, and checks that none failed. */
  void settled(ResourceKey vm) {
    until(() -> bed.tasks.visibleTo(user).stream().allMatch(t -> t.status().finished()));
    assertThat(bed.tasks.visibleTo(user))
        .filteredOn(t -> t.status() == TaskStatus.FAILED)
        .as("failed tasks around %s", vm)
        .isEmpty();
  }

  /** Whether a task with this title on the VM has completed. */
  boolean completed(ResourceKey vm, String titleKey) {
    return bed.tasks.visibleTo(user).stream()
        .anyMatch(
            t ->
                t.target().equals(vm)
                    && t.titleKey().equals(titleKey)
                    && t.status() == TaskStatus.COMPLETED);
  }

  /** Plants {@link #MULTUS_OPTION} in the NIC's network's multus, as kubectl would. */
  void plantInMultus(ResourceKey vm, String nic) {
    int index = networks(vm).indexOf(network(vm, nic));
    vmResource(vm)
        .patch(
            PatchContext.of(PatchType.JSON),
            "[{\"op\":\"add\",\"path\":\"/spec/template/spec/networks/"
                + index
                + "/multus/"
                + MULTUS_OPTION
                + "\",\"value\":\"kept\"}]");
    until(
        () ->
            bed
                .cluster
                .caches
                .virtualMachines()
                .get(vm)
                .orElseThrow()
                .getSpec()
                .template
                .spec
                .networks
                .stream()
                .anyMatch(
                    n ->
                        nic.equals(n.name)
                            && n.multus != null
                            && n.multus.getAdditionalProperties().containsKey(MULTUS_OPTION)));
  }

  /** The NIC's network's multus reference as the server has it. */
  @SuppressWarnings("unchecked")
  Map<String, Object> multus(ResourceKey vm, String nic) {
    return (Map<String, Object>) network(vm, nic).get("multus");
  }

  private Map<String, Object> network(ResourceKey vm, String nic) {
    return networks(vm).stream().filter(n -> nic.equals(n.get("name"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> networks(ResourceKey vm) {
    Map<String, Object> object =
        Serialization.unmarshal(Serialization.asJson(vmResource(vm).get()), Map.class);
    Map<String, Object> spec = (Map<String, Object>) object.get("spec");
    Map<String, Object> template = (Map<String, Object>) spec.get("template");
    return (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("networks");
  }

  private Resource<GenericKubernetesResource> vmResource(ResourceKey vm) {
    return bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name());
  }

  PowerState power(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).orElseThrow().powerState();
  }

  void close() {
    hosts.destroy();
    inventory.destroy();
  }
}
