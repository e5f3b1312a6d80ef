package io.virtdeck.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.ClusterProperties;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.demo.DemoCluster;
import io.virtdeck.demo.DemoProperties;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.HostServices;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.AuditLog;
import io.virtdeck.snapshot.SnapshotOperations;
import io.virtdeck.snapshot.SnapshotServices;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmServices;
import io.virtdeck.vm.power.VmOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The whole demo cluster (seeded, simulator running, kubeconfig written, resettable) with
 * VirtDeck's cluster layer and the services that write, wired by hand: what the "clicks" of an
 * integration test go through, beside kubectl on the same kubeconfig.
 */
public final class ResettableDemo implements AutoCloseable {

  public static final Duration WAIT = Duration.ofSeconds(120);

  public final DemoCluster cluster;
  public final KubernetesClient client;
  public final ClusterCaches caches;
  public final AccessReviews reviews;
  public final TaskService tasks;
  public final VmInventory inventory;
  public final VmOperations vms;
  public final StorageOperations storage;
  public final PortGroups portGroups;
  public final NetworkOperations network;
  public final SnapshotOperations snapshots;
  public final HostOperations hosts;

  public ResettableDemo(Path folder) {
    cluster =
        DemoCluster.start(
            new DemoProperties(
                0, 25, folder.resolve("demo.kubeconfig"), Duration.ofMillis(50), 0, 0));
    ClusterConnection connection =
        new ClusterConnection("it-datacenter", config(cluster.kubeconfig()));
    client = new KubernetesClientBuilder().withConfig(connection.config()).build();
    ClusterProperties properties =
        new ClusterProperties(
            ClusterProperties.Source.DEMO,
            "it",
            null,
            null,
            Duration.ofSeconds(30),
            IdentityMode.IMPERSONATION,
            Duration.ofSeconds(30));
    caches = new ClusterCaches(client, properties);
    caches.awaitSync();
    UserClients clients = new UserClients(client, connection, properties);
    reviews = new AccessReviews(clients, caches, properties, Clock.systemUTC());
    tasks =
        new TaskService(
            reviews,
            new UserRequests(clients),
            new AuditLog(Clock.systemUTC()),
            caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
    inventory = new VmInventory(caches, connection);
    vms = VmServices.operations(inventory, caches, reviews, tasks);
    StorageInventory storageInventory = new StorageInventory(caches, reviews);
    storage = new StorageOperations(caches, storageInventory, reviews, tasks);
    portGroups = new PortGroups(caches, reviews);
    network = new NetworkOperations(caches, portGroups, reviews, tasks);
    snapshots = SnapshotServices.operations(caches, inventory, tasks, vms);
    hosts = HostServices.operations(caches, reviews, tasks, vms);
  }

  private static Config config(Path kubeconfig) {
    try {
      return Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the task has finished and checks that it completed. */
  public Task done(Task task) {
    await().atMost(WAIT).until(() -> latest(task).status().finished());
    assertThat(latest(task).status())
        .as("%s: %s", task.titleKey(), latest(task).failure())
        .isEqualTo(TaskStatus.COMPLETED);
    return latest(task);
  }

  public Task latest(Task task) {
    return tasks.visibleTo(task.initiator()).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst()
        .orElseThrow();
  }

  /** The VM's printable status as the server has it now (empty when it has none yet). */
  public String vmStatus(String namespace, String name) {
    GenericKubernetesResource vm =
        cluster
            .server()
            .adminClient()
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace(namespace)
            .withName(name)
            .get();
    if (vm == null
        || !(vm.getAdditionalProperties().get("status") instanceof java.util.Map<?, ?> s)) {
      return "";
    }
    return String.valueOf(s.get("printableStatus"));
  }

  /** Waits until the VM's printable status is {@code status}. */
  public void awaitVmStatus(String namespace, String name, String status) {
    await().atMost(WAIT).until(() -> vmStatus(namespace, name).equals(status));
  }

  @Override
  public void close() {
    tasks.destroy();
    caches.destroy();
    client.close();
    cluster.close();
  }
}
