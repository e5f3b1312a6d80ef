package io.virtdeck.network.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.task.TaskService;
import io.virtdeck.testing.TestUi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** New port group keeps a bad VLAN or MTU as typed, says why on the field, and sends nothing. */
class NewPortGroupDialogTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private final TaskService tasks = mock(TaskService.class);

  private NewPortGroupDialog dialog() {
    PortGroups portGroups = mock(PortGroups.class);
    when(portGroups.namespaces()).thenReturn(List.of("shop"));
    AccessReviews reviews = mock(AccessReviews.class);
    when(reviews.allowed(any(), any())).thenReturn(true);
    when(reviews.allowedNamespaces(any(), any())).thenReturn(List.of("shop"));
    NetworkOperations operations =
        new NetworkOperations(mock(ClusterCaches.class), portGroups, reviews, tasks);
    NewPortGroupDialog dialog =
        new NewPortGroupDialog(operations, UserIdentity.of("operator", List.of()));
    dialog.name.setValue("vlan-321");
    dialog.namespace.setValue("shop");
    return dialog;
  }

  @ParameterizedTest(name = "VLAN \"{0}\"")
  @ValueSource(strings = {"abc", "12.5", "1e5", "0", "4095", "99999999999", "-1"})
  void aBadVlanIsKeptAndRefusedOnItsField(String typed) {
    NewPortGroupDialog dialog = dialog();
    dialog.vlan.setValue(typed);

    dialog.create();

    assertThat(dialog.vlan.getValue()).isEqualTo(typed);
    assertThat(dialog.vlan.isInvalid()).isTrue();
    assertThat(dialog.vlan.getErrorMessage()).contains(typed).contains("VLAN ID");
    verify(tasks, never()).submit(any(), any());
  }

  @ParameterizedTest(name = "MTU \"{0}\"")
  @ValueSource(strings = {"abc", "1500.5", "1e3", "100", "99999999999"})
  void aBadMtuIsKeptAndRefusedOnItsField(String typed) {
    NewPortGroupDialog dialog = dialog();
    dialog.mtu.setValue(typed);

    dialog.create();

    assertThat(dialog.mtu.getValue()).isEqualTo(typed);
    assertThat(dialog.mtu.isInvalid()).isTrue();
    assertThat(dialog.mtu.getErrorMessage()).contains(typed).contains("MTU");
    verify(tasks, never()).submit(any(), any());
  }

  @Test
  void goodNumbersAreSentAndClearEarlierErrors() {
    NewPortGroupDialog dialog = dialog();
    dialog.vlan.setValue("abc");
    dialog.create();
    assertThat(dialog.vlan.isInvalid()).isTrue();

    dialog.vlan.setValue("321");
    dialog.mtu.setValue("");
    dialog.create();

    assertThat(dialog.vlan.isInvalid()).isFalse();
    verify(tasks, times(1)).submit(any(), any());
  }
}
