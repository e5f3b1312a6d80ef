package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VmQueryTest {

  private final VmRow web =
      row("shop", "web-01", "worker-01", "Fedora Linux 40", 4, List.of("10.244.1.5"));
  private final VmRow db = row("shop", "db-01", "worker-02", "RHEL 9.4", 8, List.of("10.244.2.7"));
  private final VmRow ad = row("infra", "win-ad-01", "", "Windows Server 2022", 2, List.of());
  private final List<VmRow> rows = List.of(web, db, ad);

  @Test
  void filterMatchesNameIpHostAndOsIgnoringCase() {
    assertThat(filter("WEB")).containsExactly(web);
    assertThat(filter("10.244.2")).containsExactly(db);
    assertThat(filter("worker-01")).containsExactly(web);
    assertThat(filter("windows")).containsExactly(ad);
    assertThat(filter("nothing-like-this")).isEmpty();
  }

  @Test
  void folderNarrowsToOneNamespace() {
    assertThat(filter(new VmQuery("infra", "", List.of()))).containsExactly(ad);
  }

  @Test
  void sortsByColumnsThenByKey() {
    VmQuery byVcpusDescending =
        new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.VCPUS, false)));
    VmQuery byName = new VmQuery("", "", List.of(new VmQuery.Sort(VmColumn.NAME, true)));

    assertThat(rows.stream().sorted(byVcpusDescending.comparator())).containsExactly(db, web, ad);
    assertThat(rows.stream().sorted(byName.comparator())).containsExactly(db, web, ad);
    assertThat(rows.stream().sorted(VmQuery.all().comparator())).containsExactly(ad, db, web);
  }

  private List<VmRow> filter(String text) {
    return filter(new VmQuery("", text, List.of()));
  }

  /** The rows the query lets through, as the VM table filters them. */
  private List<VmRow> filter(VmQuery query) {
    List<IndexedRow> slots =
        IntStream.range(0, rows.size()).mapToObj(i -> new IndexedRow(i, rows.get(i))).toList();
    return VmFilter.rows(query, slots).stream().map(IndexedRow::row).toList();
  }

  private static VmRow row(
      String ns, String name, String host, String os, int vcpus, List<String> ips) {
    return new VmRow(
        new ResourceKey(ns, name),
        PowerState.POWERED_ON,
        "Running",
        host,
        ips,
        os,
        vcpus,
        1L << 30,
        Instant.EPOCH,
        false);
  }
}
