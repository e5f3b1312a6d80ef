package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A view reloads on attach when VMs were added or removed after it was made (the load too) and when
 * it is attached again, and hears only of rows it shows, unless VMs were added or removed.
 */
class InventoryUpdatesTest {

  private final VmInventory inventory = mock(VmInventory.class);
  private static final ResourceKey SHOWN = new ResourceKey("shop", "web-1");
  private static final ResourceKey HIDDEN = new ResourceKey("shop", "web-2");
  private final AtomicInteger reloads = new AtomicInteger();
  private final List<ResourceKey> refreshed = new CopyOnWriteArrayList<>();
  @RegisterExtension final TestUi testUi = new TestUi();

  @BeforeEach
  void setUp() {
    when(inventory.changes(NamespaceScope.ALL)).thenReturn(Flux.never());
  }

  @Test
  void aViewMadeBeforeTheLoadAndAttachedAfterReloads() {
    when(inventory.membership()).thenReturn(0L, 45_000L);
    var view = bound();

    testUi.ui().add(view);

    assertThat(reloads).hasValue(1);
  }

  @Test
  void aViewAttachedWithNothingAddedOrRemovedDoesNotReload() {
    when(inventory.membership()).thenReturn(7L);
    var view = bound();

    testUi.ui().add(view);

    assertThat(reloads).hasValue(0);
  }

  @Test
  void aViewShownAgainReloadsForWhatChangedWhileItWasHidden() {
    when(inventory.membership()).thenReturn(7L);
    var view = bound();
    testUi.ui().add(view);

    testUi.ui().remove(view); // another navigator tab chosen: a VM powers on meanwhile
    testUi.ui().add(view);

    assertThat(reloads).hasValue(1);
  }

  @Test
  void onlyChangesToRowsTheViewShowsReachItUnlessVmsWereAddedOrRemoved() {
    Sinks.Many<ResourceKey> changes = Sinks.many().multicast().directBestEffort();
    when(inventory.changes(NamespaceScope.ALL)).thenReturn(changes.asFlux());
    when(inventory.membership()).thenReturn(7L);
    when(inventory.row(any(), any())).thenAnswer(call -> Optional.of(row(call.getArgument(0))));
    var view = bound(SHOWN::equals);
    testUi.ui().add(view);

    changes.tryEmitNext(HIDDEN);
    changes.tryEmitNext(SHOWN);
    await().untilAsserted(() -> assertThat(refreshed).containsExactly(SHOWN));
    verify(inventory, never()).row(eq(HIDDEN), any());

    when(inventory.membership()).thenReturn(8L);
    changes.tryEmitNext(HIDDEN);
    await().untilAsserted(() -> assertThat(reloads).hasValue(1));
  }

  @Test
  void theLoadsEndReloadsAViewThatWaitedForItThoughNoVmWasAddedSince() {
    Sinks.Many<ResourceKey> changes = Sinks.many().multicast().directBestEffort();
    when(inventory.changes(NamespaceScope.ALL)).thenReturn(changes.asFlux());
    // the first events had built every row before the view was made: the load adds none
    when(inventory.membership()).thenReturn(45_000L);
    var view = new Div();
    InventoryUpdates.bind(
        view,
        inventory,
        InventoryUpdatesTest::shopOnly, // a user who sees one folder
        key -> false, // shows no row yet: it waits for the load
        reloads::incrementAndGet,
        rows -> rows.forEach(row -> refreshed.add(row.key())));
    testUi.ui().add(view);

    changes.tryEmitNext(VmInventory.LOADED);

    await().untilAsserted(() -> assertThat(reloads).hasValue(1));
  }

  @Test
  void aNamespaceTheUserMayNoLongerSeeStopsReachingTheView() {
    Sinks.Many<ResourceKey> changes = Sinks.many().multicast().directBestEffort();
    when(inventory.changes(NamespaceScope.ALL)).thenReturn(changes.asFlux());
    when(inventory.membership()).thenReturn(7L);
    when(inventory.row(any(), any()))
        .thenAnswer(
            call ->
                ((UserScopes) call.getArgument(1)).includes(CachedKind.VIRTUAL_MACHINES, "shop")
                    ? Optional.of(row(call.getArgument(0)))
                    : Optional.empty());
    var scope = new java.util.concurrent.atomic.AtomicReference<>(shopOnly());
    var view = new Div();
    InventoryUpdates.bind(
        view,
        inventory,
        scope::get,
        key -> true,
        reloads::incrementAndGet,
        rows -> rows.forEach(row -> refreshed.add(row.key())));
    testUi.ui().add(view);
    changes.tryEmitNext(SHOWN);
    await().untilAsserted(() -> assertThat(refreshed).containsExactly(SHOWN));

    scope.set(UserScopes.of(Map.of())); // shop-owner's RoleBinding was deleted
    changes.tryEmitNext(SHOWN);
    changes.tryEmitNext(HIDDEN);
    // access back: a change heard now arrives, and nothing heard while it was gone came with it
    scope.set(shopOnly());
    ResourceKey later = new ResourceKey("shop", "web-3");
    changes.tryEmitNext(later);

    await().untilAsserted(() -> assertThat(refreshed).containsExactly(SHOWN, later));
    verify(inventory, never()).row(eq(HIDDEN), any());
  }

  private static UserScopes shopOnly() {
    return UserScopes.of(
        Map.of(CachedKind.VIRTUAL_MACHINES, NamespaceScope.only(java.util.Set.of("shop"))));
  }

  private Div bound() {
    return bound(key -> true);
  }

  private Div bound(Predicate<ResourceKey> shows) {
    var view = new Div();
    InventoryUpdates.bind(
        view,
        inventory,
        () -> UserScopes.ALL,
        shows,
        reloads::incrementAndGet,
        rows -> rows.forEach(row -> refreshed.add(row.key())));
    return view;
  }

  private static VmRow row(ResourceKey key) {
    return new VmRow(
        key, PowerState.POWERED_ON, "Running", "", List.of(), "", 1, 1, Instant.EPOCH, false);
  }
}
