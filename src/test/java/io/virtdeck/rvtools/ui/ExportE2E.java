package io.virtdeck.rvtools.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.ExportDialogPage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmMenuPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin exports the VM grid as it shows, and reads the file back. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.kubeconfig=target/e2e/export.kubeconfig"})
class ExportE2E extends BrowserTest {

  private static final Path FILES = Path.of("target", "e2e", "export");

  @LocalServerPort int port;

  private InventoryPage signIn(String user) {
    return new LoginPage(page).open("http://localhost:" + port).signIn(user);
  }

  @Test
  void theFilteredSortedGridExportsAsAnRvToolsWorkbook() throws Exception {
    InventoryPage inventory = signIn("admin");
    inventory.filter("web-0");
    assertThat(inventory.count()).hasText("2 virtual machines");
    inventory.sortBy("Name").sortBy("Name"); // descending
    assertThat(inventory.activeSorters()).hasAttribute("direction", "desc");

    ExportDialogPage export = ExportDialogPage.open(page);
    assertThat(export.whatOptions().first()).containsText("2 virtual machines");
    Download download = export.download();

    assertThat(download.suggestedFilename())
        .matches(
            "RVTools_export_demo-datacenter_\\d{4}-\\d\\d-\\d\\d_\\d\\d\\.\\d\\d\\.\\d\\d\\.xlsx");
    Files.createDirectories(FILES);
    Path file = FILES.resolve(download.suggestedFilename());
    download.saveAs(file);
    assertThat(export.status()).containsText(Pattern.compile("is ready"));
    try (var book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(firstColumn(book.getSheet("vInfo"))).containsExactly("VM", "web-02", "web-01");
      assertThat(firstColumn(book.getSheet("vNetwork"))).contains("web-01", "web-02");
      assertThat(book.getSheet("vHost").getLastRowNum()).isPositive();
    }
    inventory.screenshot(SCREENSHOTS.resolve("export-dialog.png"));
  }

  @Test
  void theShopOwnerExportsTheirWholeDatacenterAsCsv() throws Exception {
    signIn("shop-owner");

    ExportDialogPage export =
        ExportDialogPage.open(page).choose("The whole datacenter").choose("CSV");
    Download download = export.download();

    assertThat(download.suggestedFilename()).endsWith(".csv");
    Files.createDirectories(FILES);
    Path file = FILES.resolve(download.suggestedFilename());
    download.saveAs(file);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.getFirst()).startsWith("Name,Power State,Status,Host,IP Addresses");
    assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.contains(",shop,"));
  }

  @Test
  void theDatacentersRightClickMenuExportsTheWholeInventory() throws Exception {
    InventoryPage inventory = signIn("admin");
    inventory.filter("web-0"); // the grid's filter does not narrow the datacenter's export

    ExportDialogPage export =
        ExportDialogPage.fromMenu(
            page, new VmMenuPage(page).openInTree(inventory, "demo-datacenter"));
    assertThat(export.whatOptions()).hasCount(1);
    assertThat(export.whatOptions().first()).containsText("The whole datacenter demo-datacenter");
    Path file = save(export.choose("CSV").download());

    List<String> names = firstValues(Files.readAllLines(file));
    assertThat(names).contains("web-01", "web-02").anyMatch(n -> !n.startsWith("web-0"));
  }

  @Test
  void theShopOwnerExportsTheShopFolderFromItsRightClickMenu() throws Exception {
    InventoryPage inventory = signIn("shop-owner");

    ExportDialogPage export =
        ExportDialogPage.fromMenu(page, new VmMenuPage(page).openInTree(inventory, "shop"));
    assertThat(export.whatOptions()).hasCount(2);
    assertThat(export.whatOptions().first()).containsText("The folder shop");
    Path file = save(export.choose("CSV").download());

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l.contains(",shop,"));
  }

  private static Path save(Download download) throws Exception {
    Files.createDirectories(FILES);
    Path file = FILES.resolve(download.suggestedFilename());
    download.saveAs(file);
    return file;
  }

  private static List<String> firstValues(List<String> csvLines) {
    return csvLines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  private static List<String> firstColumn(Sheet sheet) {
    List<String> values = new ArrayList<>();
    sheet.forEach(row -> values.add(row.getCell(0).getStringCellValue()));
    return values;
  }
}
