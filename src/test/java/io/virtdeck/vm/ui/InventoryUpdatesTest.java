package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.VmInventory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** A view reloads on attach when VMs were added or removed after it was made (the load too). */
class InventoryUpdatesTest {

  private final VmInventory inventory = mock(VmInventory.class);
  private final AtomicInteger reloads = new AtomicInteger();
  private UI ui;

  @BeforeEach
  void setUp() {
    ui = TestUi.create();
    when(inventory.changes(NamespaceScope.ALL)).thenReturn(Flux.never());
  }

  @AfterEach
  void tearDown() {
    TestUi.clear();
  }

  @Test
  void aViewMadeBeforeTheLoadAndAttachedAfterReloads() {
    when(inventory.membership()).thenReturn(0L, 45_000L);
    var view = bound();

    ui.add(view);

    assertThat(reloads).hasValue(1);
  }

  @Test
  void aViewAttachedWithNothingAddedOrRemovedDoesNotReload() {
    when(inventory.membership()).thenReturn(7L);
    var view = bound();

    ui.add(view);

    assertThat(reloads).hasValue(0);
  }

  private Div bound() {
    var view = new Div();
    InventoryUpdates.bind(
        view, inventory, NamespaceScope.ALL, reloads::incrementAndGet, rows -> {});
    return view;
  }
}
