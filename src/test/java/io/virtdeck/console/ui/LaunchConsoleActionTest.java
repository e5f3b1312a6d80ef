package io.virtdeck.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Launch Web Console in the VM header: for a running VM, to users who may open its console. */
class LaunchConsoleActionTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static final UserIdentity HELPDESK = UserIdentity.of("helpdesk", List.of());
  private static final UserIdentity STRANGER = UserIdentity.of("stranger", List.of());

  private final ConsoleAccess access = mock(ConsoleAccess.class);
  private final LaunchConsoleAction action = new LaunchConsoleAction(access);

  LaunchConsoleActionTest() {
    when(access.permitted(eq(HELPDESK), any(), any(), eq(ConsoleKind.VNC))).thenReturn(true);
    when(access.permitted(eq(STRANGER), any(), any(), any())).thenReturn(false);
  }

  @Test
  void aRunningVmOffersItsWebConsoleToAUserWhoMayOpenIt() {
    var button = action.create(row(PowerState.POWERED_ON), HELPDESK);

    assertThat(button).containsInstanceOf(Button.class);
    assertThat(((Button) button.orElseThrow()).getText()).isEqualTo("Launch Web Console");
  }

  @Test
  void aPoweredOffVmOrAUserWithoutTheRightGetsNoButton() {
    assertThat(action.create(row(PowerState.POWERED_OFF), HELPDESK)).isEmpty();
    assertThat(action.create(row(PowerState.POWERED_ON), STRANGER)).isEmpty();
  }

  private static VmRow row(PowerState state) {
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
