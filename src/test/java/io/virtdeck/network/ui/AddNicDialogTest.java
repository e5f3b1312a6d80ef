package io.virtdeck.network.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.task.Message;
import io.virtdeck.testing.TestUi;
import io.virtdeck.ui.FollowedScopes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Add network adapter says each problem on the field it is about, and sends nothing. */
class AddNicDialogTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static final ResourceKey VM = new ResourceKey("shop", "web-01");
  private final NetworkOperations operations = mock(NetworkOperations.class);

  private AddNicDialog dialog() {
    PortGroups portGroups = mock(PortGroups.class);
    when(portGroups.list(any())).thenReturn(List.of());
    when(operations.suggestedNicName(VM)).thenReturn("nic-1");
    UserIdentity user = UserIdentity.of("operator", List.of());
    AccessReviews reviews = mock(AccessReviews.class);
    when(reviews.scopes(user)).thenReturn(UserScopes.ALL);
    NicActions actions =
        new NicActions(portGroups, operations, new FollowedScopes(reviews, user), user);
    return new AddNicDialog(actions, VM, null);
  }

  @Test
  void aBadMacAndNoPortGroupAreSaidOnTheirFields() {
    when(operations.checkNic(any(), any()))
        .thenReturn(List.of(Message.of("net.invalid.mac", "02:zz")));
    AddNicDialog dialog = dialog();
    dialog.mac.setValue("02:zz");

    dialog.confirm();

    assertThat(dialog.mac.isInvalid()).isTrue();
    assertThat(dialog.mac.getErrorMessage()).contains("02:zz");
    assertThat(dialog.mac.getValue()).isEqualTo("02:zz");
    assertThat(dialog.portGroup.isInvalid()).isTrue();
    assertThat(dialog.portGroup.getErrorMessage()).isNotBlank();
    assertThat(dialog.name.isInvalid()).isFalse();
    assertThat(dialog.problems.getChildren()).isEmpty(); // nothing left as loose sentences
    verify(operations, never()).run(any(), any());
  }

  @Test
  void aTakenNameIsSaidOnTheNameFieldAndGoesOnceFixed() {
    when(operations.checkNic(any(), any()))
        .thenReturn(List.of(Message.of("net.invalid.nic-duplicate", "nic-1")));
    AddNicDialog dialog = dialog();

    dialog.confirm();
    assertThat(dialog.name.isInvalid()).isTrue();
    assertThat(dialog.name.getErrorMessage()).contains("nic-1");

    when(operations.checkNic(any(), any())).thenReturn(List.of());
    dialog.name.setValue("nic-2");
    dialog.confirm();
    assertThat(dialog.name.isInvalid()).isFalse();
  }
}
