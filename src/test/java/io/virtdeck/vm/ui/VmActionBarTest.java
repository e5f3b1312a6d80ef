package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A VM page is drawn without waiting for the permission checks its buttons need (32.5). */
class VmActionBarTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  @Timeout(60) // a guard against the old behaviour (the constructor waited for every answer)
  void theBarIsDrawnAtOnceAndItsButtonsFollowTheAnswers() {
    CompletableFuture<Void> apiAnswers = new CompletableFuture<>();
    VmOperations operations = mock(VmOperations.class);
    when(operations.permitted(any(), any(), eq("shop")))
        .thenAnswer(
            call -> {
              apiAnswers.get(); // a slow API server (interruptible, for the timeout)
              return call.getArgument(1) != PowerAction.RESUME;
            });
    when(operations.unavailableBecause(any(), any())).thenReturn(Optional.empty());
    VmRow row =
        new VmRow(
            new ResourceKey("shop", "web-01"),
            PowerState.POWERED_ON,
            "Running",
            "",
            List.of(),
            "",
            1,
            1,
            Instant.EPOCH,
            false);

    VmActionBar bar =
        new VmActionBar(new VmActions(operations, UserIdentity.of("ann", List.of())), row);
    Button migrate = new Button("Migrate…");
    migrate.setId("action-migrate");
    bar.show(
        row,
        List.of(),
        () -> List.of(migrate)); // as the VM view adds other features' header actions
    testUi.ui().add(bar);
    assertThat(buttonIds(bar)).containsExactly("action-migrate");

    apiAnswers.complete(null);

    await()
        .untilAsserted(
            () ->
                assertThat(buttonIds(bar))
                    .contains("action-power_off", "action-migrate")
                    .doesNotContain("action-resume"));
  }

  @Test
  void aChangeOfTheVmUpdatesTheSameButtonsSoThatNoClickIsLost() {
    VmOperations operations = mock(VmOperations.class);
    when(operations.permitted(any(), any(), eq("shop"))).thenReturn(true);
    when(operations.unavailableBecause(any(), any()))
        .thenAnswer(
            call -> {
              VmRow vm = call.getArgument(1);
              boolean on = vm.powerState() == PowerState.POWERED_ON;
              return call.getArgument(0) == PowerAction.POWER_OFF && !on
                  ? Optional.of("vm.action.disabled.off")
                  : Optional.empty();
            });
    VmRow off = row(PowerState.POWERED_OFF, "Stopped");
    VmActionBar bar =
        new VmActionBar(new VmActions(operations, UserIdentity.of("ann", List.of())), off);
    java.util.concurrent.atomic.AtomicInteger othersAsked =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<List<com.vaadin.flow.component.Component>> others =
        () -> {
          othersAsked.incrementAndGet();
          return List.of(new Button("Migrate…"));
        };
    bar.show(off, List.of(), others);
    testUi.ui().add(bar);
    // the buttons are drawn inside ui.access on a worker thread: read them under the session lock
    await().until(() -> testUi.locked(() -> button(bar, "action-power_off")) != null);
    Button powerOff = testUi.locked(() -> button(bar, "action-power_off"));
    assertThat(powerOff.isEnabled()).isFalse();

    VmRow on = row(PowerState.POWERED_ON, "Running");
    bar.show(on, List.of(), others);
    bar.show(on, List.of(), others); // a change that matters to no button (an address, the OS)

    assertThat(button(bar, "action-power_off")).isSameAs(powerOff);
    assertThat(powerOff.isEnabled()).isTrue();
    assertThat(powerOff.isAttached()).isTrue();
    assertThat(othersAsked).hasValue(2); // once for Stopped, once for Running

    bar.show(on, List.of("a migration under way"), others);
    assertThat(othersAsked).hasValue(3); // what another feature's button depends on changed
  }

  private static VmRow row(PowerState power, String status) {
    return new VmRow(
        new ResourceKey("shop", "web-01"),
        power,
        status,
        "",
        List.of(),
        "",
        1,
        1,
        Instant.EPOCH,
        false);
  }

  private static @org.jspecify.annotations.Nullable Button button(
      com.vaadin.flow.component.Component root, String id) {
    return descendants(root)
        .filter(Button.class::isInstance)
        .map(Button.class::cast)
        .filter(b -> b.getId().orElse("").equals(id))
        .findFirst()
        .orElse(null);
  }

  private static List<String> buttonIds(com.vaadin.flow.component.Component root) {
    return descendants(root)
        .filter(Button.class::isInstance)
        .map(c -> c.getId().orElse(""))
        .toList();
  }

  private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
      com.vaadin.flow.component.Component root) {
    return root.getChildren()
        .flatMap(
            c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), descendants(c)));
  }
}
