package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared row table: queries page, filter and sort on the server and reuse orders briefly. */
public class VmTableTest {

  private long now;
  private final VmTable table = new VmTable(() -> now);

  @Test
  void aPageHoldsOnlyTheRowsAskedForNeverTheWholeTable() {
    for (int i = 0; i < 1_000; i++) {
      table.put(row("ns-" + i % 10, "vm-%04d".formatted(i), PowerState.POWERED_ON, "10.0.0." + i));
    }
    var byName = new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.NAME, false)));

    assertThat(table.count(byName)).isEqualTo(1_000);
    assertThat(table.page(byName, 0, 50))
        .hasSize(50)
        .first()
        .extracting(VmRow::name)
        .isEqualTo("vm-0999");
    assertThat(table.page(byName, 990, 50)).hasSize(10);
  }

  @Test
  void filterSearchesNameHostOsAndAddressesIgnoringCase() {
    table.put(row("shop", "Web-01", PowerState.POWERED_ON, "10.1.2.3"));
    table.put(row("shop", "db-01", PowerState.POWERED_ON, "10.9.9.9"));

    assertThat(table.page(new VmQuery("", "web", List.of()), 0, 10))
        .extracting(VmRow::name)
        .containsExactly("Web-01");
    assertThat(table.page(new VmQuery("", "10.9.9", List.of()), 0, 10))
        .extracting(VmRow::name)
        .containsExactly("db-01");
    assertThat(table.count(new VmQuery("", "fedora", List.of()))).isEqualTo(2);
  }

  @Test
  void aHostsVmsAreThoseRunningOnExactlyThatHostInTheUsersScope() {
    table.put(row("shop", "web-01", PowerState.POWERED_ON, "10.1.2.3"));
    var other = row("shop", "web-02", PowerState.POWERED_ON, "10.1.2.4");
    table.put(
        new VmRow(
            other.key(),
            other.powerState(),
            other.status(),
            "esx-00010",
            other.ipAddresses(),
            other.guestOs(),
            other.vcpus(),
            other.memoryBytes(),
            other.created(),
            false));
    table.put(row("finance", "ledger-01", PowerState.POWERED_ON, "10.1.2.5"));
    var shopOnHost =
        new VmQuery("", "", List.of(), new NamespaceScope(false, Set.of("shop")))
            .onHost("esx-0001");

    assertThat(table.page(shopOnHost, 0, 10)).extracting(VmRow::name).containsExactly("web-01");
    assertThat(table.count(shopOnHost)).isEqualTo(1);
    assertThat(table.count(new VmQuery("", "", List.of(), NamespaceScope.ALL).onHost("esx-0001")))
        .isEqualTo(2);
  }

  @Test
  void rowsOutsideTheUsersScopeNeverLeave() {
    table.put(row("shop", "web-01", PowerState.POWERED_ON, "10.1.2.3"));
    table.put(row("finance", "ledger-01", PowerState.POWERED_ON, "10.1.2.4"));
    var shopOnly = new VmQuery("", "", List.of(), new NamespaceScope(false, Set.of("shop")));

    assertThat(table.page(shopOnly, 0, 10)).extracting(VmRow::name).containsExactly("web-01");
    assertThat(table.countsByNamespace(shopOnly.scope())).containsOnlyKeys("shop");
  }

  @Test
  void aPageShowsCurrentValuesWhileTheKeptOrderIsReused() {
    table.put(row("shop", "a", PowerState.POWERED_OFF, "10.0.0.1"));
    table.put(row("shop", "b", PowerState.POWERED_OFF, "10.0.0.2"));
    var byPower = new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.POWER_STATE, true)));
    table.page(byPower, 0, 10);

    table.put(row("shop", "a", PowerState.SUSPENDED, "10.0.0.1"));

    assertThat(table.page(byPower, 0, 10))
        .extracting(VmRow::name, VmRow::powerState)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", PowerState.SUSPENDED),
            org.assertj.core.groups.Tuple.tuple("b", PowerState.POWERED_OFF));
    now += VmTable.ORDER_TTL_NANOS;
    assertThat(table.page(byPower, 0, 10)).extracting(VmRow::name).containsExactly("b", "a");
  }

  @Test
  void addingOrRemovingAVmIsSeenAtOnce() {
    var all = VmQuery.all();
    table.put(row("shop", "a", PowerState.POWERED_ON, "10.0.0.1"));
    assertThat(table.count(all)).isEqualTo(1);
    long before = table.membership();

    table.put(row("shop", "b", PowerState.POWERED_ON, "10.0.0.2"));
    assertThat(table.count(all)).isEqualTo(2);
    table.remove(new ResourceKey("shop", "a"));

    assertThat(table.page(all, 0, 10)).extracting(VmRow::name).containsExactly("b");
    assertThat(table.membership()).isEqualTo(before + 2);
  }

  @Test
  void aSortByOneColumnFollowsEveryChangeInBothDirections() {
    for (int i = 0; i < 100; i++) {
      table.put(row("ns", "vm-%03d".formatted(i), PowerState.POWERED_ON, "10.0.%d.1".formatted(i)));
    }
    table.buildSortIndexes();
    var byIp = new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.IP_ADDRESSES, true)));
    var byIpDescending =
        new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.IP_ADDRESSES, false)));
    var byPower = new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.POWER_STATE, false)));

    table.put(row("ns", "vm-050", PowerState.POWERED_OFF, "10.0.0.0"));
    table.put(row("ns", "vm-007", PowerState.POWERED_ON, "10.0.7.1")); // same values: stays
    table.remove(new ResourceKey("ns", "vm-099"));

    List<VmRow> ascending = table.page(byIp, 0, 200);
    assertThat(ascending).hasSize(99).first().extracting(VmRow::name).isEqualTo("vm-050");
    assertThat(ascending).extracting(VmRow::name).contains("vm-007").doesNotContain("vm-099");
    assertThat(ascending).isSortedAccordingTo(byIp.comparator());
    assertThat(table.page(byIpDescending, 0, 200))
        .isSortedAccordingTo(byIpDescending.comparator())
        .last()
        .extracting(VmRow::name)
        .isEqualTo("vm-050");
    assertThat(table.page(byPower, 0, 1)).extracting(VmRow::name).containsExactly("vm-050");
  }

  @Test
  void buildingTheSortIndexesBuildsOneForEveryColumnInThatColumnsOrder() {
    for (int i = 0; i < 300; i++) {
      int scrambled = i * 7 % 300; // not in key order, so each index must be sorted
      table.put(
          row(
              "ns-" + scrambled % 4,
              "vm-%03d".formatted(scrambled),
              scrambled % 2 == 0 ? PowerState.POWERED_ON : PowerState.POWERED_OFF,
              "10.0.%d.%d".formatted(scrambled % 9, scrambled)));
    }

    table.buildSortIndexes();

    for (VmColumn column : VmColumn.values()) {
      assertThat(table.sortIndexBuilt(column)).as("%s", column).isTrue();
      VmQuery query = sortedBy(column, true);
      assertThat(table.page(query, 0, 300))
          .as("%s", column)
          .hasSize(300)
          .isSortedAccordingTo(query.comparator());
    }
  }

  @Test
  void everyIndexHoldsEachVmOnceInItsCurrentPlaceAfterChangesToSomeColumns() {
    for (int i = 0; i < 50; i++) {
      table.put(row("ns", "vm-%02d".formatted(i), PowerState.POWERED_ON, "10.0.%d.1".formatted(i)));
    }
    table.buildSortIndexes();
    // power and IP change (their indexes move the VM); name, folder, OS... stay (theirs do not)
    for (int i = 0; i < 50; i += 3) {
      table.put(
          row("ns", "vm-%02d".formatted(i), PowerState.POWERED_OFF, "10.9.%02d.9".formatted(i)));
    }
    table.put(row("ns", "vm-01", PowerState.POWERED_OFF, "10.0.1.1"));

    for (VmColumn column : VmColumn.values()) {
      for (boolean ascending : List.of(true, false)) {
        VmQuery query = sortedBy(column, ascending);
        List<VmRow> page = table.page(query, 0, 100);
        assertThat(page).as("%s %s", column, ascending).hasSize(50);
        assertThat(page).extracting(VmRow::key).doesNotHaveDuplicates();
        assertThat(page).isSortedAccordingTo(query.comparator());
      }
    }
    assertThat(table.page(sortedBy(VmColumn.IP_ADDRESSES, false), 0, 1))
        .extracting(VmRow::name)
        .containsExactly("vm-48");
    assertThat(table.get(new ResourceKey("ns", "vm-01")))
        .get()
        .extracting(VmRow::powerState)
        .isEqualTo(PowerState.POWERED_OFF);
  }

  @Test
  void aWalkDuringChangesNeverListsAVmTwice() throws Exception {
    for (int i = 0; i < 2_000; i++) {
      table.put(row("ns", "vm-%04d".formatted(i), PowerState.POWERED_ON, "10.0.0.1"));
    }
    table.buildSortIndexes();
    var flipping = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  for (int n = 0; flipping.get(); n++) {
                    var power = n / 2_000 % 2 == 0 ? PowerState.POWERED_OFF : PowerState.POWERED_ON;
                    table.put(row("ns", "vm-%04d".formatted(n % 2_000), power, "10.0.0.1"));
                  }
                });
    try {
      for (int walk = 0; walk < 300; walk++) {
        var query = new VmQuery("ns", "", List.of(new VmQuery.Sort(VmColumn.POWER_STATE, true)));
        assertThat(table.page(query, 0, 5_000)).extracting(VmRow::key).doesNotHaveDuplicates();
        now += VmTable.ORDER_TTL_NANOS; // every walk a fresh one
      }
    } finally {
      flipping.set(false);
      writer.join();
    }
  }

  @Test
  void ofTwoRowsThatTieTheDirectionOfTheSortOrdersTheKeys() {
    table.put(row("shop", "a", PowerState.POWERED_ON, "10.0.0.1"));
    table.put(row("shop", "b", PowerState.POWERED_ON, "10.0.0.1"));

    assertThat(table.page(sortedBy(VmColumn.STATUS, true), 0, 10))
        .extracting(VmRow::name)
        .containsExactly("a", "b");
    assertThat(table.page(sortedBy(VmColumn.STATUS, false), 0, 10))
        .extracting(VmRow::name)
        .containsExactly("b", "a");
  }

  private static VmQuery sortedBy(VmColumn column, boolean ascending) {
    return new VmQuery("", "", List.of(new VmQuery.Sort(column, ascending)));
  }

  public static VmRow row(String namespace, String name, PowerState power, String ip) {
    return new VmRow(
        new ResourceKey(namespace, name),
        power,
        "Running",
        "esx-0001",
        List.of(ip),
        "Fedora Linux 42",
        2,
        4L << 30,
        Instant.EPOCH,
        false);
  }
}
