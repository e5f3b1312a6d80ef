package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.VmInventory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** A view reloads on attach when VMs were added or removed after it was made (the load too). */
class InventoryUpdatesTest {

  private final VmInventory inventory = mock(VmInventory.class);
  private final AtomicInteger reloads = new AtomicInteger();
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

  private Div bound() {
    var view = new Div();
    InventoryUpdates.bind(
        view, inventory, NamespaceScope.ALL, reloads::incrementAndGet, rows -> {});
    return view;
  }
}
