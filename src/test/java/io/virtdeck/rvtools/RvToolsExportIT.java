package io.virtdeck.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.snapshot.SnapshotServices;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.table.VmQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export against the demo cluster: each user's file holds only what they may see. */
class RvToolsExportIT {

  static TaskTestbed bed;
  static VmInventory inventory;
  static RvToolsExport export;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    var caches = bed.cluster.caches;
    inventory = new VmInventory(caches, bed.cluster.connection);
    export =
        new RvToolsExport(
            caches,
            inventory,
            new VmAccess(bed.reviews),
            new StorageInventory(caches, bed.reviews),
            SnapshotServices.snapshots(caches, inventory, bed.reviews),
            new HostInventory(caches, bed.reviews));
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    bed.close();
  }

  private static XSSFWorkbook workbook(UserIdentity user) throws Exception {
    var bytes = new ByteArrayOutputStream();
    List<int[]> reports = new ArrayList<>();
    export.workbook(
        VmQuery.all(),
        export.scopeOf(user),
        bytes,
        (done, total) -> reports.add(new int[] {done, total}));
    assertThat(reports).isNotEmpty().last().satisfies(r -> assertThat(r[0]).isEqualTo(r[1]));
    return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static Set<String> column(Sheet sheet, String heading) {
    var formatter = new DataFormatter();
    Row headings = sheet.getRow(0);
    int index = -1;
    for (int i = 0; i < headings.getLastCellNum(); i++) {
      if (heading.equals(headings.getCell(i).getStringCellValue())) {
        index = i;
      }
    }
    Set<String> values = new TreeSet<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      values.add(formatter.formatCellValue(sheet.getRow(r).getCell(index)));
    }
    return values;
  }

  @Test
  void theShopOwnersExportHoldsOnlyShop() throws Exception {
    try (XSSFWorkbook book = workbook(TaskTestbed.SHOP_OWNER)) {
      assertThat(column(book.getSheet("vInfo"), "Folder")).containsExactly("shop");
      assertThat(column(book.getSheet("vInfo"), "VM"))
          .contains("web-01", "db-01")
          .doesNotContain("win-sql-01");
      for (String sheet : List.of("vCPU", "vMemory", "vDisk", "vNetwork")) {
        assertThat(column(book.getSheet(sheet), "Folder")).as(sheet).containsOnly("shop");
      }
      assertThat(column(book.getSheet("vSnapshot"), "Folder")).isSubsetOf("shop");
      // shop-owner may not list nodes: no hosts at all
      assertThat(book.getSheet("vHost").getLastRowNum()).isZero();
    }
  }

  @Test
  void anOperatorsExportHoldsEveryFolderAndTheHosts() throws Exception {
    try (XSSFWorkbook book = workbook(TaskTestbed.OPERATOR)) {
      assertThat(column(book.getSheet("vInfo"), "Folder"))
          .contains("shop", "finance", "infra", "dev");
      assertThat(column(book.getSheet("vInfo"), "VM")).hasSize(inventory.count(VmQuery.all()));
      assertThat(book.getSheet("vHost").getLastRowNum()).isPositive();
      assertThat(column(book.getSheet("vDatastore"), "Name")).contains("ceph-rbd");
      assertThat(column(book.getSheet("vDisk"), "Disk Path"))
          .anyMatch(p -> p.startsWith("[ceph-rbd] "));
    }
  }

  @Test
  void theCsvOfAFilteredGridHoldsItsRowsInItsOrder() throws Exception {
    var out = new StringWriter();
    var query =
        new VmQuery(
            "",
            "win-sql",
            List.of(new VmQuery.Sort(io.virtdeck.vm.table.VmColumn.NAME, false)),
            export.scopeOf(TaskTestbed.OPERATOR).vms());

    export.csv(query, export.scopeOf(TaskTestbed.SHOP_OWNER), key -> key, out, ExportProgress.NONE);

    // the shop owner's scope wins over the query's: the SQL servers are in finance
    assertThat(out.toString().lines()).hasSize(1);
    out = new StringWriter();
    export.csv(query, export.scopeOf(TaskTestbed.OPERATOR), key -> key, out, ExportProgress.NONE);
    assertThat(out.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactly("win-sql-02", "win-sql-01");
  }
}
