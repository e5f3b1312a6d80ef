package io.virtdeck.rvtools.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.RvToolsExport;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmMenuAction.MenuTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export… in the tree's right-click menu: on the datacenter and on folders, not on a VM. */
class ExportMenuEntryTest {

  private static final UserIdentity SHOP_OWNER = UserIdentity.of("shop-owner", List.of());

  private final ExportMenuEntry entry =
      new ExportMenuEntry(mock(RvToolsExport.class), Clock.systemUTC());

  @Test
  void offeredOnTheDatacenterAndOnAFolderToAnyUser() {
    assertThat(entry.offered(new MenuTarget("", null), SHOP_OWNER)).isTrue();
    assertThat(entry.offered(new MenuTarget("shop", null), SHOP_OWNER)).isTrue();
    assertThat(entry.labelKey()).isEqualTo("rvtools.export.action");
  }

  @Test
  void notOfferedOnAVm() {
    var vm =
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
    assertThat(entry.offered(new MenuTarget("shop", vm), SHOP_OWNER)).isFalse();
  }
}
