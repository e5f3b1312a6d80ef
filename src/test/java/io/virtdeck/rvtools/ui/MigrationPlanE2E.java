package io.virtdeck.rvtools.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.MigrationPlanPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator plans a migration from an RVTools sample, creates a port group, takes the YAML. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.kubeconfig=target/e2e/plan.kubeconfig"})
class MigrationPlanE2E extends BrowserTest {

  private static final Path SAMPLES = Path.of("src", "test", "resources", "rvtools");

  @LocalServerPort int port;

  private MigrationPlanPage planner(String user) {
    new LoginPage(page).open("http://localhost:" + port).signIn(user);
    return MigrationPlanPage.openFromVmList(page);
  }

  @Test
  void uploadASampleSeeReadinessAndMapsCreateAPortGroupAndDownloadTheForkliftYaml()
      throws Exception {
    MigrationPlanPage plan = planner("operator").upload(SAMPLES.resolve("estate-60.xlsx"));

    assertThat(plan.summary())
        .containsText(Pattern.compile("^60 VMs: \\d+ ready, \\d+ need work, \\d+ blocked\\.$"));
    assertThat(plan.status("READY").first()).isVisible();
    assertThat(plan.status("BLOCKED").first()).isVisible();
    assertThat(plan.cellWith("plan-readiness", "raw device mapping")).isVisible();

    plan.tab("Network map");
    assertThat(plan.cell("plan-networks", "PG-VLAN100-Prod")).isVisible();
    assertThat(plan.cell("plan-networks", "Port group default/vlan-100-prod, same VLAN"))
        .isVisible();
    assertThat(
            plan.cellWith("plan-networks", "vlan-999-pg-vlan999-legacy with VLAN 999 (to create)"))
        .isVisible();
    plan.screenshot(SCREENSHOTS.resolve("plan-networks.png"));
    plan.createMissingPortGroups();
    assertThat(plan.cellWith("plan-networks", "/vlan-999-pg-vlan999-legacy, same VLAN"))
        .isVisible();

    plan.tab("Storage map");
    assertThat(plan.cell("plan-storage", "DS-SSD-01")).isVisible();

    plan.tab("Downloads");
    assertThat(plan.forkliftYaml()).containsText("kind: NetworkMap");
    Download download = plan.downloadForklift();
    Path file = Path.of("target", "e2e", download.suggestedFilename());
    Files.createDirectories(file.getParent());
    download.saveAs(file);
    String yaml = Files.readString(file);
    assertThat(yaml)
        .contains("kind: Plan")
        .contains("kind: StorageMap")
        .contains("forklift.konveyor.io/v1beta1")
        .contains("name: PG-VLAN100-Prod");
  }

  @Test
  void aCsvRenamedXlsxGetsASentence() {
    MigrationPlanPage plan =
        planner("operator").upload(SAMPLES.resolve("malformed").resolve("csv-renamed.xlsx"));

    assertThat(plan.problem())
        .hasText(
            "csv-renamed.xlsx cannot be planned: it is a text file (perhaps a CSV renamed .xlsx), not an Excel workbook; upload the .xlsx RVTools writes.");
    assertThat(plan.summary()).isEmpty();
  }
}
