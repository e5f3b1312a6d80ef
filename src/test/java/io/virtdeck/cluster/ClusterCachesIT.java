package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.virtdeck.testing.DemoApi;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.TestCaches;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;

/** The shared caches against the demo API server, over HTTP like any cluster. */
class ClusterCachesIT {

  @RegisterExtension final DemoApi demo = DemoApi.empty();
  private KubernetesClient client;
  private ClusterCaches caches;

  @BeforeEach
  void connect() {
    client = TestCaches.quickClient(demo.server().url());
  }

  private void startCaches() {
    caches = TestCaches.synced(client);
  }

  @AfterEach
  void stop() {
    if (caches != null) {
      caches.destroy();
    }
    client.close();
  }

  @Test
  void theFirstScreensKindsListBeforeAnyOtherKindStartsListing() {
    startCaches();

    assertThat(caches.whenFirstScreenSynced()).isDone();
    List<String> lists = listed();
    var firstScreen = List.of("virtualmachines", "virtualmachineinstances", "namespaces");
    int lastFirstScreenList =
        lists.stream()
            .filter(firstScreen::contains)
            .mapToInt(lists::lastIndexOf)
            .max()
            .orElseThrow();
    assertThat(lists.subList(0, lastFirstScreenList + 1)).allMatch(firstScreen::contains);
    assertThat(lists.subList(lastFirstScreenList + 1, lists.size()))
        .contains("nodes", "persistentvolumeclaims", "events");
  }

  @Test
  void theOtherKindsListOnlyOnceTheFirstScreensWorkIsDone() {
    var work = new FirstScreenWork();
    var inventoryLoad = new CompletableFuture<Void>();
    work.add(inventoryLoad);
    caches =
        new ClusterCaches(
            client,
            new ClusterProperties(
                ClusterProperties.Source.DEMO,
                "it",
                null,
                null,
                TestCaches.SYNC_TIMEOUT,
                null,
                null),
            new StartupProperties(true),
            java.time.Clock.systemUTC(),
            work);

    await().atMost(Duration.ofSeconds(20)).until(() -> caches.whenFirstScreenSynced().isDone());
    assertThat(listed()).doesNotContain("nodes", "persistentvolumeclaims", "events");
    assertThat(caches.whenSynced()).isNotDone();

    inventoryLoad.complete(null);
    await().atMost(Duration.ofSeconds(20)).until(() -> caches.whenSynced().isDone());
    assertThat(listed()).contains("nodes", "persistentvolumeclaims", "events");
  }

  /** The plural of every kind listed so far, in order. */
  private List<String> listed() {
    return demo.server().receivedRequests().stream()
        .filter(r -> r.method().equals("GET") && !r.path().contains("watch=true"))
        .map(r -> r.path())
        .filter(path -> path.contains("?"))
        .map(
            path -> path.substring(path.lastIndexOf('/', path.indexOf('?')) + 1, path.indexOf('?')))
        .toList();
  }

  @Test
  void everyKindSyncs() {
    startCaches();

    assertThat(caches.states()).allMatch(s -> s.status() == CacheState.Status.SYNCED);
    assertThat(caches.whenSynced()).isDone();
    // lists come in pages, as client-go's do, so that no single response must carry 45,000 VMs
    assertThat(demo.server().receivedRequests())
        .filteredOn(r -> r.method().equals("GET") && r.path().contains("virtualmachines?"))
        .isNotEmpty()
        .allMatch(r -> r.path().contains("limit=2000") || r.path().contains("watch=true"));
  }

  @Test
  void createUpdateAndDeleteReachTheChangeStream() {
    startCaches();
    List<ResourceEvent<?>> seen = new CopyOnWriteArrayList<>();
    Disposable subscription = caches.virtualMachines().changes().subscribe(seen::add);
    ResourceKey key = new ResourceKey("default", "it-vm");

    vms().resource(DemoClient.vm("default", "it-vm")).create();
    await().until(() -> caches.virtualMachines().get(key).isPresent());
    DemoClient.mergePatch(
        vms().inNamespace("default").withName("it-vm"),
        "{\"metadata\":{\"labels\":{\"tier\":\"web\"}}}");
    await()
        .until(
            () ->
                caches
                    .virtualMachines()
                    .get(key)
                    .map(vm -> vm.getMetadata().getLabels())
                    .filter(labels -> "web".equals(labels.get("tier")))
                    .isPresent());
    vms().inNamespace("default").withName("it-vm").delete();

    await().until(() -> caches.virtualMachines().get(key).isEmpty());
    await()
        .untilAsserted(
            () ->
                assertThat(seen)
                    .filteredOn(e -> e.key().equals(key))
                    .map(e -> e.getClass().getSimpleName())
                    .containsSubsequence("Added", "Updated", "Deleted"));
    subscription.dispose();
  }

  @Test
  void cacheRecoversAfterTheApiServerRestarts() {
    startCaches();
    demo.stopServer();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> caches.virtualMachines().state().status() == CacheState.Status.RECONNECTING);

    demo.startAgain();
    demo.admin()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .resource(DemoClient.vm("default", "after-restart"))
        .create();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                caches
                    .virtualMachines()
                    .get(new ResourceKey("default", "after-restart"))
                    .isPresent());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> caches.virtualMachines().state().status() == CacheState.Status.SYNCED);
  }

  @Test
  void kindThatIsNotInstalledIsUnavailableWhileTheRestWorks() {
    demo.admin()
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName("datavolumes.cdi.kubevirt.io")
        .delete();
    // the group stays (DataSources are in it too); only DataVolumes leave discovery
    await().until(() -> !discovered("cdi.kubevirt.io/v1beta1", "datavolumes"));

    startCaches();

    assertThat(caches.dataVolumes().state().status()).isEqualTo(CacheState.Status.UNAVAILABLE);
    // a kind that cannot be listed does not hold back what waits for the rest
    assertThat(caches.whenSynced()).succeedsWithin(Duration.ofSeconds(5));
    assertThat(caches.dataVolumes().state().detail())
        .isEqualTo("the resource kind is not installed in this cluster");
    assertThat(caches.dataVolumes().list()).isEmpty();
    assertThat(caches.virtualMachines().state().status()).isEqualTo(CacheState.Status.SYNCED);
    vms().resource(DemoClient.vm("default", "still-works")).create();
    await()
        .until(
            () ->
                caches
                    .virtualMachines()
                    .get(new ResourceKey("default", "still-works"))
                    .isPresent());
  }

  private boolean discovered(String groupVersion, String plural) {
    var resources = client.getApiResources(groupVersion);
    return resources != null
        && resources.getResources().stream().anyMatch(r -> plural.equals(r.getName()));
  }

  private MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      vms() {
    return client.genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");
  }
}
