package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.NetworkAttachmentDefinition;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VirtualMachineInstanceMigration;
import io.virtdeck.cluster.model.VirtualMachineRestore;
import io.virtdeck.cluster.model.VirtualMachineSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The server's shared informers, one per kind, started once and awaited (with a timeout) at
 * start-up. A kind that cannot be listed stays unavailable while the others work.
 */
@Component
public class ClusterCaches implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ClusterCaches.class);

  private final List<InformerCache<?>> all = new ArrayList<>();
  private final List<CompletableFuture<Void>> started = new ArrayList<>();
  private final long began = System.nanoTime();
  private final Clock clock;
  private final WatchMonitor watches;
  private final java.time.Duration syncTimeout;
  private boolean awaited;
  private final boolean deferKinds;

  /** The kinds the first screen needs: the VM grid's rows and its folders. */
  static final Set<String> FIRST_SCREEN_KINDS =
      Set.of("VirtualMachine", "VirtualMachineInstance", "Namespace");

  private final List<CompletableFuture<Void>> firstScreenSyncs = new ArrayList<>();
  private final CompletableFuture<Void> firstScreen = new CompletableFuture<>();
  private final FirstScreenWork firstScreenWork;

  /** The longest the other kinds wait for the first screen's work after its kinds synced. */
  static final java.time.Duration FIRST_SCREEN_WORK_LIMIT = java.time.Duration.ofSeconds(10);

  private final ResourceCache<VirtualMachine> virtualMachines;
  private final ResourceCache<VirtualMachineInstance> virtualMachineInstances;
  private final ResourceCache<Node> nodes;
  private final ResourceCache<Namespace> namespaces;
  private final ResourceCache<PersistentVolumeClaim> persistentVolumeClaims;
  private final ResourceCache<DataVolume> dataVolumes;
  private final ResourceCache<StorageClass> storageClasses;
  private final ResourceCache<NetworkAttachmentDefinition> networkAttachmentDefinitions;
  private final ResourceCache<VirtualMachineSnapshot> snapshots;
  private final ResourceCache<VirtualMachineRestore> restores;
  private final ResourceCache<VirtualMachineInstanceMigration> migrations;
  private final ResourceCache<Event> events;
  private final ResourceCache<PersistentVolume> persistentVolumes;
  private final ResourceCache<CSIStorageCapacity> storageCapacities;
  private final ResourceCache<GenericKubernetesResource> volumeSnapshotClasses;
  private final @Nullable ResourceCache<GenericKubernetesResource> nodeMaintenances;
  private final @Nullable ResourceCache<GenericKubernetesResource> clones;

  public ClusterCaches(KubernetesClient client, ClusterProperties properties) {
    this(client, properties, Clock.systemUTC());
  }

  public ClusterCaches(KubernetesClient client, ClusterProperties properties, Clock clock) {
    this(client, properties, new StartupProperties(true), clock);
  }

  @Autowired
  public ClusterCaches(
      KubernetesClient client,
      ClusterProperties properties,
      StartupProperties startup,
      Clock clock) {
    this(client, properties, startup, clock, new FirstScreenWork());
  }

  /** With first-screen work registered before the informers start (tests). */
  ClusterCaches(
      KubernetesClient client,
      ClusterProperties properties,
      StartupProperties startup,
      Clock clock,
      FirstScreenWork firstScreenWork) {
    this.clock = clock;
    this.firstScreenWork = firstScreenWork;
    this.deferKinds = startup.deferKinds();
    virtualMachines =
        start("VirtualMachine", client.resources(VirtualMachine.class).inAnyNamespace(), Map.of());
    virtualMachineInstances =
        start(
            "VirtualMachineInstance",
            client.resources(VirtualMachineInstance.class).inAnyNamespace(),
            Map.of(Indexes.BY_NODE, Indexes::nodeOf));
    nodes = start("Node", client.nodes(), Map.of());
    namespaces = start("Namespace", client.namespaces(), Map.of());
    persistentVolumeClaims =
        start("PersistentVolumeClaim", client.persistentVolumeClaims().inAnyNamespace(), Map.of());
    dataVolumes =
        start("DataVolume", client.resources(DataVolume.class).inAnyNamespace(), Map.of());
    storageClasses = start("StorageClass", client.storage().v1().storageClasses(), Map.of());
    networkAttachmentDefinitions =
        start(
            "NetworkAttachmentDefinition",
            client.resources(NetworkAttachmentDefinition.class).inAnyNamespace(),
            Map.of());
    snapshots =
        start(
            "VirtualMachineSnapshot",
            client.resources(VirtualMachineSnapshot.class).inAnyNamespace(),
            Map.of());
    restores =
        start(
            "VirtualMachineRestore",
            client.resources(VirtualMachineRestore.class).inAnyNamespace(),
            Map.of());
    migrations =
        start(
            "VirtualMachineInstanceMigration",
            client.resources(VirtualMachineInstanceMigration.class).inAnyNamespace(),
            Map.of());
    events =
        start(
            "Event",
            client.v1().events().inAnyNamespace(),
            Map.of(Indexes.BY_INVOLVED_OBJECT, Indexes::involvedObjectOf));
    persistentVolumes = start("PersistentVolume", client.persistentVolumes(), Map.of());
    storageCapacities =
        start(
            "CSIStorageCapacity",
            client.resources(CSIStorageCapacity.class).inAnyNamespace(),
            Map.of());
    volumeSnapshotClasses =
        start(
            "VolumeSnapshotClass",
            client.genericKubernetesResources(VOLUME_SNAPSHOT_CLASS),
            Map.of());
    // an optional operator's kind: cached only where it is installed, so that clusters without it
    // see no "unavailable" kind
    nodeMaintenances =
        serves(client, NODE_MAINTENANCE)
            ? start(
                "NodeMaintenance", client.genericKubernetesResources(NODE_MAINTENANCE), Map.of())
            : null;
    clones =
        serves(client, VIRTUAL_MACHINE_CLONE)
            ? start(
                "VirtualMachineClone",
                client.genericKubernetesResources(VIRTUAL_MACHINE_CLONE).inAnyNamespace(),
                Map.of())
            : null;
    this.syncTimeout = properties.syncTimeout();
    CompletableFuture.allOf(firstScreenSyncs.toArray(CompletableFuture[]::new))
        .whenComplete((ok, failure) -> firstScreen.complete(null));
    this.watches = new WatchMonitor(List.copyOf(all));
    watches.start();
  }

  private static final ResourceDefinitionContext VOLUME_SNAPSHOT_CLASS =
      new ResourceDefinitionContext.Builder()
          .withGroup("snapshot.storage.k8s.io")
          .withVersion("v1")
          .withKind("VolumeSnapshotClass")
          .withPlural("volumesnapshotclasses")
          .withNamespaced(false)
          .build();

  private static final ResourceDefinitionContext NODE_MAINTENANCE =
      new ResourceDefinitionContext.Builder()
          .withGroup("nodemaintenance.medik8s.io")
          .withVersion("v1beta1")
          .withKind("NodeMaintenance")
          .withPlural("nodemaintenances")
          .withNamespaced(false)
          .build();

  private static final ResourceDefinitionContext VIRTUAL_MACHINE_CLONE =
      new ResourceDefinitionContext.Builder()
          .withGroup("clone.kubevirt.io")
          .withVersion("v1beta1")
          .withKind("VirtualMachineClone")
          .withPlural("virtualmachineclones")
          .withNamespaced(true)
          .build();

  /** Whether the API server serves the kind (asked once, at start-up; no answer: no). */
  private static boolean serves(KubernetesClient client, ResourceDefinitionContext kind) {
    try {
      return client.supports(kind.getGroup() + "/" + kind.getVersion(), kind.getKind());
    } catch (RuntimeException unreachable) {
      log.info("Could not ask whether {} is served: {}", kind.getKind(), unreachable.toString());
      return false;
    }
  }

  private <T extends HasMetadata> ResourceCache<T> start(
      String kind, Informable<T> source, Map<String, Function<T, List<String>>> indexers) {
    InformerCache<T> cache = new InformerCache<>(kind, clock);
    all.add(cache);
    if (FIRST_SCREEN_KINDS.contains(kind)) {
      var synced = cache.start(source, indexers).exceptionally(failure -> null);
      firstScreenSyncs.add(synced);
      started.add(synced);
    } else if (deferKinds) {
      started.add(
          firstScreen
              .thenCompose(ready -> firstScreenWork.done(FIRST_SCREEN_WORK_LIMIT))
              .thenComposeAsync(ready -> cache.start(source, indexers)));
    } else {
      started.add(cache.start(source, indexers));
    }
    return cache;
  }

  /**
   * Waits (at most the sync timeout) until every informer has listed its kind; returns at once
   * after the first call. The informers start listing when this object is made, so the rest of
   * start-up runs while they do; {@link CacheSyncGate} calls this before the web server opens.
   */
  public synchronized void awaitSync() {
    if (awaited) {
      return;
    }
    awaited = true;
    try {
      whenSynced().get(syncTimeout.toMillis(), TimeUnit.MILLISECONDS);
      log.info(
          "Caches synced in {} ms: {}",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began),
          states());
    } catch (TimeoutException e) {
      log.warn("Caches not synced after {}: {}", syncTimeout, states());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      log.warn("Cache start failed", e);
    }
  }

  /**
   * Completes once every informer has listed its kind or failed to (no timeout): a view made after
   * that can read the caches whole instead of waiting for their first events.
   */
  public CompletableFuture<Void> whenSynced() {
    return CompletableFuture.allOf(
        started.stream()
            .map(f -> f.exceptionally(failure -> null))
            .toArray(CompletableFuture[]::new));
  }

  /**
   * Lets the other kinds start listing only once {@code work} is done too (or has failed, or after
   * {@link #FIRST_SCREEN_KINDS}' sync plus {@link #FIRST_SCREEN_WORK_LIMIT}): the VM inventory's
   * load and sort indexes, which the first screen and the first sort need, so that the browser
   * showing the first screen does not share the cores with lists nobody looks at yet. Work
   * registered after the first screen's kinds synced holds nothing back.
   */
  public void deferOtherKindsUntil(CompletableFuture<?> work) {
    firstScreenWork.add(work);
  }

  /**
   * Completes once the kinds the first screen needs ({@link #FIRST_SCREEN_KINDS}) have listed or
   * failed to; the other kinds may still be listing (their panels say that they are loading).
   */
  public CompletableFuture<Void> whenFirstScreenSynced() {
    return firstScreen;
  }

  /** The kinds cached, each by one informer. */
  public List<String> kinds() {
    return all.stream().map(InformerCache::kind).toList();
  }

  /** How many events of {@code type} the informer of {@code kind} delivered since start. */
  public long events(String kind, ResourceEvent.Type type) {
    return all.stream().filter(c -> c.kind().equals(kind)).mapToLong(c -> c.events(type)).sum();
  }

  /** How often each kind's list or watch failed and was retried. */
  public Map<String, Long> retries() {
    return all.stream().collect(Collectors.toMap(InformerCache::kind, InformerCache::retries));
  }

  /**
   * Since when a watch has been lost and not caught up again (the earliest, when several are), or
   * empty while VirtDeck is in contact with the cluster: what it shows may be out of date.
   */
  public Optional<Instant> lostContactSince() {
    return watches.lostSince();
  }

  /** Whether the watch monitor has seen every available kind's watch run: a gap now is noticed. */
  boolean watchesSeen() {
    return all.stream()
        .allMatch(c -> c.watchSeen() || c.state().status() == CacheState.Status.UNAVAILABLE);
  }

  /** {@link #lostContactSince()} now and at each change. */
  public Flux<Optional<Instant>> contact() {
    return watches.changes();
  }

  public List<CacheState> states() {
    return all.stream().map(InformerCache::state).toList();
  }

  public ResourceCache<VirtualMachine> virtualMachines() {
    return virtualMachines;
  }

  public ResourceCache<VirtualMachineInstance> virtualMachineInstances() {
    return virtualMachineInstances;
  }

  public ResourceCache<Node> nodes() {
    return nodes;
  }

  public ResourceCache<Namespace> namespaces() {
    return namespaces;
  }

  public ResourceCache<PersistentVolumeClaim> persistentVolumeClaims() {
    return persistentVolumeClaims;
  }

  public ResourceCache<DataVolume> dataVolumes() {
    return dataVolumes;
  }

  public ResourceCache<StorageClass> storageClasses() {
    return storageClasses;
  }

  public ResourceCache<NetworkAttachmentDefinition> networkAttachmentDefinitions() {
    return networkAttachmentDefinitions;
  }

  public ResourceCache<VirtualMachineSnapshot> snapshots() {
    return snapshots;
  }

  public ResourceCache<VirtualMachineRestore> restores() {
    return restores;
  }

  public ResourceCache<VirtualMachineInstanceMigration> migrations() {
    return migrations;
  }

  /** Kubernetes Events, indexed by the object they are about. */
  public ResourceCache<Event> events() {
    return events;
  }

  public ResourceCache<PersistentVolume> persistentVolumes() {
    return persistentVolumes;
  }

  /** CSIStorageCapacity objects: free capacity where a CSI driver publishes it. */
  public ResourceCache<CSIStorageCapacity> storageCapacities() {
    return storageCapacities;
  }

  /** VolumeSnapshotClasses ({@code snapshot.storage.k8s.io/v1}), read generically. */
  public ResourceCache<GenericKubernetesResource> volumeSnapshotClasses() {
    return volumeSnapshotClasses;
  }

  /**
   * NodeMaintenances ({@code nodemaintenance.medik8s.io/v1beta1}, the Node Maintenance Operator's),
   * read generically; empty where the operator was not installed when VirtDeck started.
   */
  public Optional<ResourceCache<GenericKubernetesResource>> nodeMaintenances() {
    return Optional.ofNullable(nodeMaintenances);
  }

  /**
   * VirtualMachineClones ({@code clone.kubevirt.io/v1beta1}), read generically, for following a
   * clone's phases; empty where the API was not served when VirtDeck started.
   */
  public Optional<ResourceCache<GenericKubernetesResource>> clones() {
    return Optional.ofNullable(clones);
  }

  @Override
  public void destroy() {
    watches.close();
    all.forEach(InformerCache::stop);
  }
}
