package io.virtdeck.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.client.Config;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

/** The inventory follows changes from its load on, not through the informers' first lists. */
class VmInventoryTest {

  private final Sinks.Many<ResourceEvent<VirtualMachine>> vmChanges =
      Sinks.many().multicast().directBestEffort();
  private final Sinks.Many<ResourceEvent<VirtualMachineInstance>> vmiChanges =
      Sinks.many().multicast().directBestEffort();

  @Test
  @SuppressWarnings("unchecked")
  void followsChangesOnlyFromItsLoadOnAndMissesNoneAfter() {
    VirtualMachine web = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    ResourceCache<VirtualMachine> vms = mock(ResourceCache.class);
    ResourceCache<VirtualMachineInstance> vmis = mock(ResourceCache.class);
    when(vms.changes()).thenReturn(vmChanges.asFlux());
    when(vmis.changes()).thenReturn(vmiChanges.asFlux());
    when(vms.list()).thenReturn(List.of());
    when(vms.get(Keys.of(web))).thenReturn(Optional.of(web));
    when(vmis.get(Keys.of(web))).thenReturn(Optional.empty());
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.whenSynced()).thenReturn(new CompletableFuture<>());
    when(caches.virtualMachines()).thenReturn(vms);
    when(caches.virtualMachineInstances()).thenReturn(vmis);
    var inventory = new VmInventory(caches, new ClusterConnection("test", Config.empty()));

    // while the caches sync, their first events pass no stream of the inventory's
    assertThat(vmChanges.currentSubscriberCount()).isZero();
    assertThat(vmiChanges.currentSubscriberCount()).isZero();

    inventory.load();
    vmChanges.tryEmitNext(new ResourceEvent.Added<>(Keys.of(web), web));

    assertThat(vmChanges.currentSubscriberCount()).isOne();
    assertThat(vmiChanges.currentSubscriberCount()).isOne();
    assertThat(inventory.count(VmQuery.all())).isOne();
    inventory.destroy();
    assertThat(vmChanges.currentSubscriberCount()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aViewThatSubscribedWhileTheInventoryLoadedIsToldOnceWhenItIsDoneAndNothingBefore() {
    VirtualMachine web = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    ResourceCache<VirtualMachine> vms = mock(ResourceCache.class);
    ResourceCache<VirtualMachineInstance> vmis = mock(ResourceCache.class);
    when(vms.changes()).thenReturn(vmChanges.asFlux());
    when(vmis.changes()).thenReturn(vmiChanges.asFlux());
    when(vms.get(Keys.of(web))).thenReturn(Optional.of(web));
    when(vmis.get(Keys.of(web))).thenReturn(Optional.empty());
    when(vms.list())
        .thenAnswer(
            list -> {
              // a VM added while the load reads the caches: its row goes in before the load ends
              vmChanges.tryEmitNext(new ResourceEvent.Added<>(Keys.of(web), web));
              return List.of();
            });
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.whenSynced()).thenReturn(new CompletableFuture<>());
    when(caches.virtualMachines()).thenReturn(vms);
    when(caches.virtualMachineInstances()).thenReturn(vmis);
    var inventory = new VmInventory(caches, new ClusterConnection("test", Config.empty()));
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
  @SuppressWarnings("unchecked")
  void aVmChangedWhileTheLoadBuiltItsRowIsLoadedInItsNewestState() {
    VirtualMachine listed = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    VirtualMachine changed = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    changed.getStatus().printableStatus = "Migrating";
    ResourceCache<VirtualMachine> vms = mock(ResourceCache.class);
    ResourceCache<VirtualMachineInstance> vmis = mock(ResourceCache.class);
    when(vms.changes()).thenReturn(vmChanges.asFlux());
    when(vmis.changes()).thenReturn(vmiChanges.asFlux());
    when(vms.list()).thenReturn(List.of(listed));
    // the VM changed after the load listed the cache and before it put the row
    when(vms.get(Keys.of(listed))).thenReturn(Optional.of(changed));
    when(vmis.get(Keys.of(listed))).thenReturn(Optional.empty());
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.whenSynced()).thenReturn(CompletableFuture.completedFuture(null));
    when(caches.virtualMachines()).thenReturn(vms);
    when(caches.virtualMachineInstances()).thenReturn(vmis);

    var inventory = new VmInventory(caches, new ClusterConnection("test", Config.empty()));

    assertThat(inventory.page(VmQuery.all(), 0, 10))
        .singleElement()
        .extracting(VmRow::status)
        .isEqualTo("Migrating");
    inventory.destroy();
  }
}
