package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Div;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Power On of a selection with a template says so and sends nothing for the template. */
class VmActionsTemplateTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static VmRow row(String name, boolean template) {
    return new VmRow(
        new ResourceKey("shop", name),
        PowerState.POWERED_OFF,
        "Stopped",
        "",
        List.of(),
        "",
        2,
        4L << 30,
        Instant.EPOCH,
        template);
  }

  @Test
  void powerOnOfATemplateIsRefusedWithASentenceAndNothingIsSent() {
    VmOperations operations = mock(VmOperations.class);
    UserIdentity user = UserIdentity.of("operator", List.of());
    when(operations.permitted(any(), any(), eq("shop"))).thenReturn(true);
    when(operations.unavailableBecause(any(), any()))
        .thenAnswer(
            call ->
                call.<VmRow>getArgument(1).template()
                    ? Optional.of("vm.action.disabled.template")
                    : Optional.empty());
    Div owner = new Div();
    testUi.ui().add(owner);
    VmRow template = row("fedora-template", true);
    VmRow vm = row("cache-01", false);

    new VmActions(operations, user).run(owner, PowerAction.POWER_ON, List.of(template, vm));

    verify(operations, never()).run(any(), any(), eq(template.key()));
    verify(operations).run(user, PowerAction.POWER_ON, vm.key());
    assertThat(VmActions.templatesRefused(owner, List.of(template, vm)))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith("fedora-template: a template is never powered on")
                    .doesNotContain("cache-01"));
    assertThat(VmActions.templatesRefused(owner, List.of(vm))).isEmpty();
  }
}
