package io.virtdeck.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.client.Config;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.testing.Fixtures;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmColumn;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.table.VmTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

/** The inventory builds rows from the informers' first events and shows them once loaded. */
class VmInventoryTest {

  private final Sinks.Many<ResourceEvent<VirtualMachine>> vmChanges =
      Sinks.many().multicast().directBestEffort();
  private final Sinks.Many<ResourceEvent<VirtualMachineInstance>> vmiChanges =
      Sinks.many().multicast().directBestEffort();
  private final VirtualMachine web = Fixtures.load("vm-web.yaml", VirtualMachine.class);

  @SuppressWarnings("unchecked")
  private final ResourceCache<VirtualMachine> vms = mock(ResourceCache.class);

  @SuppressWarnings("unchecked")
  private final ResourceCache<VirtualMachineInstance> vmis = mock(ResourceCache.class);

  @BeforeEach
  void caches() {
    when(vms.changes()).thenReturn(vmChanges.asFlux());
    when(vmis.changes()).thenReturn(vmiChanges.asFlux());
    when(vms.list()).thenReturn(List.of());
    when(vms.get(Keys.of(web))).thenReturn(Optional.of(web));
    when(vmis.get(Keys.of(web))).thenReturn(Optional.empty());
  }

  /** An inventory over the mocked VM and VMI caches, made before or after they synced. */
  private VmInventory inventory(boolean synced) {
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.whenFirstScreenSynced())
        .thenReturn(
            synced ? CompletableFuture.completedFuture(null) : new CompletableFuture<Void>());
    when(caches.virtualMachines()).thenReturn(vms);
    when(caches.virtualMachineInstances()).thenReturn(vmis);
    return new VmInventory(caches, new ClusterConnection("test", Config.empty()));
  }

  @Test
  void theLoadCompletesBeforeAnySortIndexIsBuiltAndTheIndexesFollow() {
    when(vms.list()).thenReturn(List.of(web));
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.virtualMachines()).thenReturn(vms);
    when(caches.virtualMachineInstances()).thenReturn(vmis);
    var table = new VmTable(System::nanoTime);
    var feed = new InventoryFeed(caches, table);
    var builtWhenLoaded = new CopyOnWriteArrayList<VmColumn>();
    // runs inside load(), when it completes the future: before the warm-up thread starts
    feed.loaded()
        .thenRun(
            () -> {
              for (VmColumn column : VmColumn.values()) {
                if (table.sortIndexBuilt(column)) {
                  builtWhenLoaded.add(column);
                }
              }
            });

    feed.load();

    assertThat(feed.loaded()).isDone();
    assertThat(table.count(VmQuery.all())).isOne();
    assertThat(builtWhenLoaded).isEmpty(); // the first screen does not wait for them
    assertThat(feed.warmedUp()).succeedsWithin(Duration.ofSeconds(30));
    assertThat(VmColumn.values()).allMatch(table::sortIndexBuilt);
    feed.dispose();
  }

  @Test
  void runsTheGridsQueriesOnceLoadedAndKeepsNoneOfTheirOrders() {
    when(vms.list()).thenReturn(List.of(web));
    var inventory = inventory(true);

    assertThat(inventory.warmedUp()).succeedsWithin(Duration.ofSeconds(30));
    inventory.destroy();
  }

  @Test
  void buildsRowsFromTheFirstEventsShowsThemOnceLoadedAndBuildsThemOnlyOnce() {
    when(vms.list()).thenReturn(List.of(web));
    var inventory = inventory(false);

    // while the caches sync, their first events build rows that no query shows yet
    assertThat(vmChanges.currentSubscriberCount()).isOne();
    assertThat(vmiChanges.currentSubscriberCount()).isOne();
    vmChanges.tryEmitNext(new ResourceEvent.Added<>(Keys.of(web), web));
    assertThat(inventory.count(VmQuery.all())).isZero();
    assertThat(inventory.page(VmQuery.all(), 0, 10)).isEmpty();
    assertThat(inventory.row(Keys.of(web), UserScopes.ALL)).isEmpty();

    inventory.load();

    assertThat(inventory.count(VmQuery.all())).isOne();
    assertThat(inventory.row(Keys.of(web), UserScopes.ALL)).isPresent();
    // the load kept the row the event built: the instance was looked up once, for that event
    verify(vmis, times(1)).get(Keys.of(web));
    inventory.destroy();
    assertThat(vmChanges.currentSubscriberCount()).isZero();
  }

  @Test
  void aVmListedBeforeTheInventorySubscribedIsBuiltByTheLoad() {
    when(vms.list()).thenReturn(List.of(web));
    var inventory = inventory(false);

    inventory.load();

    assertThat(inventory.page(VmQuery.all(), 0, 10))
        .extracting(VmRow::key)
        .containsExactly(Keys.of(web));
    inventory.destroy();
  }

  @Test
  void aViewThatSubscribedWhileTheInventoryLoadedIsToldOnceWhenItIsDoneAndNothingBefore() {
    when(vms.list())
        .thenAnswer(
            list -> {
              // a VM added while the load reads the caches: its row goes in before the load ends
              vmChanges.tryEmitNext(new ResourceEvent.Added<>(Keys.of(web), web));
              return List.of();
            });
    var inventory = inventory(false);
    var early = new CopyOnWriteArrayList<ResourceKey>();
    var late = new CopyOnWriteArrayList<ResourceKey>();
    // the signal is not a VM: it passes a scope that sees no namespace too
    var none = NamespaceScope.only(Set.of());

    var earlyView = inventory.changes(NamespaceScope.ALL).subscribe(early::add);
    var earlyNone = inventory.changes(none).subscribe(early::add);
    inventory.changes(none).subscribe().dispose(); // a view closed before the load ended
    assertThat(inventory.loaded()).isFalse();
    inventory.load();
    var lateView = inventory.changes(none).subscribe(late::add);

    assertThat(inventory.loaded()).isTrue();
    assertThat(inventory.count(VmQuery.all())).isOne();
    assertThat(early).containsExactly(VmInventory.LOADED, VmInventory.LOADED);
    assertThat(late).isEmpty();
    earlyNone.dispose();
    earlyView.dispose();
    lateView.dispose();
    inventory.destroy();
  }

  @Test
  void aVmChangedWhileTheLoadBuiltItsRowIsLoadedInItsNewestState() {
    VirtualMachine listed = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    web.getStatus().printableStatus = "Migrating";
    // the VM changed after the load listed the cache and before it put the row
    when(vms.list()).thenReturn(List.of(listed));

    var inventory = inventory(true);

    assertThat(inventory.page(VmQuery.all(), 0, 10))
        .singleElement()
        .extracting(VmRow::status)
        .isEqualTo("Migrating");
    inventory.destroy();
  }
}
