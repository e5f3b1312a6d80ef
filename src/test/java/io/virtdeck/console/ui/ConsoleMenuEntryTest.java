package io.virtdeck.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmMenuAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consoles in the VM rows' right-click menu: for a running VM, to users who may open them. */
class ConsoleMenuEntryTest {

  private static final UserIdentity HELPDESK = UserIdentity.of("helpdesk", List.of());
  private static final UserIdentity VNC_ONLY = UserIdentity.of("vnc-only", List.of());

  private final ConsoleAccess access = mock(ConsoleAccess.class);
  private final ConsoleMenuEntry web = new ConsoleMenuEntry.WebConsoleEntry(access);
  private final ConsoleMenuEntry serial = new ConsoleMenuEntry.SerialConsoleEntry(access);

  ConsoleMenuEntryTest() {
    when(access.permitted(eq(HELPDESK), any(), any(), any())).thenReturn(true);
    when(access.permitted(eq(VNC_ONLY), any(), any(), eq(ConsoleKind.VNC))).thenReturn(true);
    when(access.permitted(eq(VNC_ONLY), any(), any(), eq(ConsoleKind.SERIAL))).thenReturn(false);
  }

  @Test
  void aRunningOrSuspendedVmOffersBothConsolesToAUserWhoMayOpenThem() {
    assertThat(web.offered(row(PowerState.POWERED_ON), HELPDESK)).isTrue();
    assertThat(serial.offered(row(PowerState.POWERED_ON), HELPDESK)).isTrue();
    assertThat(web.offered(row(PowerState.SUSPENDED), HELPDESK)).isTrue();
    assertThat(web.labelKey()).isEqualTo("console.launch");
    assertThat(serial.labelKey()).isEqualTo("console.serial.launch");
  }

  @Test
  void aVmThatDoesNotRunOffersNoConsole() {
    for (PowerState state :
        List.of(PowerState.POWERED_OFF, PowerState.STARTING, PowerState.STOPPING)) {
      assertThat(web.offered(row(state), HELPDESK)).as(state.name()).isFalse();
      assertThat(serial.offered(row(state), HELPDESK)).as(state.name()).isFalse();
    }
  }

  @Test
  void eachConsoleIsOfferedOnlyToUsersWhoMayOpenItsSubresource() {
    assertThat(web.offered(row(PowerState.POWERED_ON), VNC_ONLY)).isTrue();
    assertThat(serial.offered(row(PowerState.POWERED_ON), VNC_ONLY)).isFalse();
  }

  @Test
  void notOfferedOnAFolder() {
    assertThat(web.offered(new VmMenuAction.MenuTarget("shop", null), HELPDESK)).isFalse();
  }

  private static VmMenuAction.MenuTarget row(PowerState state) {
    return new VmMenuAction.MenuTarget("shop", vm(state));
  }

  private static VmRow vm(PowerState state) {
    return new VmRow(
        new ResourceKey("shop", "web-01"),
        state,
        "Running",
        "",
        List.of(),
        "",
        1,
        1,
        Instant.EPOCH,
        false);
  }
}
