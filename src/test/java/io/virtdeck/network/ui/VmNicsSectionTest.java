package io.virtdeck.network.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NicRow;
import io.virtdeck.network.PortGroups;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.testing.TestUi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/**
 * VM → Configure → network adapters shows the instance as it is when the tab is opened: the section
 * is made with the VM page, while the VM may still boot, and its tab is attached only when chosen
 * (and detached while another tab is), so what changed meanwhile reached no subscriber.
 */
class VmNicsSectionTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static final ResourceKey VM = new ResourceKey("infra", "monitoring-01");
  private static final NicRow BOOTING =
      new NicRow("default", "", "masquerade", "virtio", "", List.of(), "", NicRow.State.ACTIVE);
  private static final NicRow RUNNING =
      new NicRow(
          "default",
          "",
          "masquerade",
          "virtio",
          "02:5a:d0:00:00:00",
          List.of("10.244.32.7"),
          "up",
          NicRow.State.ACTIVE);

  private final PortGroups portGroups = mock(PortGroups.class);
  private VmNicsSection section;

  @BeforeEach
  void setUp() {
    // no change is ever streamed: only reading the caches again can show the instance
    when(portGroups.changes()).thenReturn(Flux.never());
    AccessReviews reviews = mock(AccessReviews.class);
    when(reviews.scopes(any())).thenReturn(UserScopes.ALL);
    CurrentUser user = mock(CurrentUser.class);
    when(user.require()).thenReturn(UserIdentity.of("admin", List.of()));
    section = new VmNicsSection(portGroups, mock(NetworkOperations.class), reviews, user);
  }

  @Test
  void theAdaptersOfAVmThatBootedBeforeTheTabWasOpenedShowItsAddressAndLink() {
    when(portGroups.nics(VM, UserScopes.ALL)).thenReturn(List.of(BOOTING));
    Component content = section.create(VM);

    when(portGroups.nics(VM, UserScopes.ALL)).thenReturn(List.of(RUNNING));
    testUi.ui().add(content);

    assertThat(rows(content)).containsExactly(RUNNING);
  }

  @Test
  void theAdaptersShownAgainAfterAnotherTabShowTheInstanceAsItIsNow() {
    when(portGroups.nics(VM, UserScopes.ALL)).thenReturn(List.of(BOOTING));
    Component content = section.create(VM);
    testUi.ui().add(content);
    testUi.ui().remove(content);

    when(portGroups.nics(VM, UserScopes.ALL)).thenReturn(List.of(RUNNING));
    testUi.ui().add(content);

    assertThat(rows(content)).containsExactly(RUNNING);
  }

  @SuppressWarnings("unchecked")
  private static List<NicRow> rows(Component content) {
    Grid<NicRow> grid =
        (Grid<NicRow>)
            content
                .getChildren()
                .filter(Grid.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no adapters grid"));
    return grid.getGenericDataView().getItems().toList();
  }
}
