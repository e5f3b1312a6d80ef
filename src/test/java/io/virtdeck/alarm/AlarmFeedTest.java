package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.perf.PrometheusClient;
import io.virtdeck.perf.PrometheusProperties;
import io.virtdeck.storage.StorageInventory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The alarm feed reads nothing while the caches sync, every instance once when they have synced,
 * and after that only the instance that changed.
 */
class AlarmFeedTest {

  private static final ResourceKey XL = UnschedulableVmsTest.XL;

  @SuppressWarnings("unchecked")
  private final ResourceCache<VirtualMachineInstance> instances = mock(ResourceCache.class);

  private final Sinks.Many<ResourceEvent<VirtualMachineInstance>> changes =
      Sinks.many().multicast().directBestEffort();
  private final CompletableFuture<Void> synced = new CompletableFuture<>();
  private AlarmFeed feed;

  @BeforeEach
  void start() {
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.virtualMachineInstances()).thenReturn(instances);
    when(instances.changes()).thenReturn(changes.asFlux());
    doReturn(quiet()).when(caches).snapshots();
    doReturn(quiet()).when(caches).migrations();
    doReturn(quiet()).when(caches).nodes();
    doReturn(quiet()).when(caches).storageClasses();
    doReturn(quiet()).when(caches).persistentVolumeClaims();
    doReturn(quiet()).when(caches).persistentVolumes();
    when(caches.whenSynced()).thenReturn(synced);
    PrometheusClient prometheus = mock(PrometheusClient.class);
    feed =
        new AlarmFeed(
            caches,
            mock(StorageInventory.class),
            prometheus,
            PrometheusProperties.defaults(),
            onChange -> mock(AlarmStates.class),
            Duration.ofMinutes(1));
    feed.start();
  }

  @AfterEach
  void stop() {
    feed.close();
  }

  @Test
  void nothingIsReadWhileTheCachesSyncEveryInstanceOnceAfter() {
    VirtualMachineInstance xl = unschedulable();
    when(instances.get(XL)).thenReturn(Optional.of(xl));
    when(instances.list()).thenReturn(List.of(xl));

    changes.tryEmitNext(new ResourceEvent.Added<>(XL, xl)); // listed while syncing
    verify(instances, never()).list();
    verify(instances, never()).get(any());

    synced.complete(null);

    await().untilAsserted(() -> assertThat(feed.current()).hasSize(1));
    verify(instances, times(1)).list();
  }

  @Test
  void aChangeAfterTheSyncReadsOnlyTheInstanceThatChanged() {
    when(instances.list()).thenReturn(List.of());
    synced.complete(null);
    VirtualMachineInstance xl = unschedulable();
    when(instances.get(XL)).thenReturn(Optional.of(xl));

    changes.tryEmitNext(new ResourceEvent.Added<>(XL, xl));

    await().untilAsserted(() -> assertThat(feed.current()).hasSize(1));
    verify(instances, times(1)).list(); // once, at the sync
  }

  @SuppressWarnings("unchecked")
  private static <T> ResourceCache<T> quiet() {
    ResourceCache<T> cache = mock(ResourceCache.class);
    when(cache.changes()).thenReturn(Flux.never());
    when(cache.list()).thenReturn(List.of());
    return cache;
  }

  private static VirtualMachineInstance unschedulable() {
    return UnschedulableVmsTest.instance("False");
  }
}
