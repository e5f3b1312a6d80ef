package io.virtdeck.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/**
 * A console that waits for its VM connects once when the VM runs, though the VM changes again
 * before the browser has reported the new connection (CI saw a second connection refused with
 * "Someone else holds this console": the first held the VNC session).
 */
class ConsolePanelTest {

  private static final ResourceKey KEY = new ResourceKey("shop", "web-01");

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void aVmThatStartsConnectsTheWaitingConsoleOnceThoughItChangesAgainMeanwhile() {
    AtomicReference<PowerState> power = new AtomicReference<>(PowerState.POWERED_OFF);
    VmInventory inventory = mock(VmInventory.class);
    when(inventory.row(any(), any())).thenAnswer(call -> Optional.of(row(power.get())));
    when(inventory.changes(any())).thenReturn(Flux.never());
    var vm =
        new ConsoleVm(
            KEY,
            UserIdentity.of("helpdesk", List.of()),
            inventory,
            mock(VmOperations.class),
            UserScopes.ALL);
    var panel = new ConsolePanel(vm, ConsoleKind.VNC);
    testUi.ui().add(panel);
    assertThat(connects()).isEqualTo(1); // when shown
    panel.show(new ConsoleState("disconnected", ConsoleState.NOT_RUNNING, "VMI is not running"));

    power.set(PowerState.POWERED_ON);
    panel.vmChanged();
    panel.vmChanged(); // its address, its guest agent: before the browser said "connecting"

    assertThat(connects()).isEqualTo(1);
  }

  /** The connects sent to the browser since the last call (as a response would send them). */
  private long connects() {
    testUi.ui().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    return testUi.ui().getInternals().dumpPendingJavaScriptInvocations().stream()
        .filter(js -> js.getInvocation().getExpression().contains(".connect("))
        .count();
  }

  private static VmRow row(PowerState power) {
    return new VmRow(KEY, power, "", "", List.of(), "", 1, 1, Instant.EPOCH, false);
  }
}
