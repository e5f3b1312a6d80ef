package io.virtdeck.yaml.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.SnapshotsPage;
import io.virtdeck.testing.pages.StoragePage;
import io.virtdeck.testing.pages.VmSummaryPage;
import io.virtdeck.testing.pages.YamlTabPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A VM's YAML tab in the browser: the operator reads it, is told on its line that a renamed VM
 * cannot be sent, reviews the diff and patch of an added label and applies it, and the tab shows
 * the label once the cluster has it; the helpdesk reads the YAML but gets no Edit.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/yaml.kubeconfig"
    })
class YamlE2E extends BrowserTest {

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void operatorEditsAVmsLabelInItsYaml() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    VmSummaryPage.open(page, base(), "shop", "web-02");
    YamlTabPage yaml = new YamlTabPage(page).open();
    assertThat(yaml.text()).containsText("kind: VirtualMachine");
    assertThat(yaml.text()).not().containsText("managedFields");

    yaml.edit().replace("name: web-02", "name: web-99").review();
    assertThat(yaml.problems()).containsText("Line ");
    assertThat(yaml.problems()).containsText("metadata.name");

    yaml.replace("name: web-99", "name: web-02")
        .replace("\n  labels:\n", "\n  labels:\n    yaml-e2e: edited\n")
        .review();
    assertThat(yaml.diff()).containsText("+     yaml-e2e: edited");
    assertThat(yaml.patch()).containsText("\"path\":\"/metadata/labels/yaml-e2e\"");
    assertThat(yaml.kubectl()).containsText("kubectl patch vm web-02 -n shop --type json");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("yaml-review.png")));
    yaml.apply();

    assertThat(inventory.recentTasks()).containsText("Edit YAML");
    assertThat(yaml.text()).containsText("yaml-e2e: edited");
  }

  @Test
  void adminReadsTheYamlOfAHostAndAPortGroupAndMayEditThem() {
    new LoginPage(page).open(base()).signIn("admin");
    YamlTabPage host = YamlTabPage.openObject(page, base(), "/host/worker-01");
    assertThat(host.text()).containsText("kind: Node");
    assertThat(host.editButton()).isVisible();
    YamlTabPage portGroup = YamlTabPage.openObject(page, base(), "/network/default/vlan-100-prod");
    assertThat(portGroup.text()).containsText("kind: NetworkAttachmentDefinition");
    portGroup.edit().replace("kind: NetworkAttachmentDefinition", "kind: Pod").review();
    assertThat(portGroup.problems()).containsText("Changing kind would make it another object");
  }

  @Test
  void operatorReadsASnapshotsYamlFromTheSnapshotManager() {
    new LoginPage(page).open(base()).signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    snapshots.select("app-01-before-upgrade");
    snapshots.button("yaml").click();
    YamlTabPage yaml = new YamlTabPage(page);
    assertThat(yaml.text()).containsText("kind: VirtualMachineSnapshot");
    assertThat(yaml.text()).containsText("name: app-01-before-upgrade");
    assertThat(yaml.editButton()).isVisible();
  }

  @Test
  void operatorReadsADisksYamlFromItsDatastore() {
    new LoginPage(page).open(base()).signIn("operator");
    StoragePage storage = new StoragePage(page).openDatastoreByAddress(base(), "ceph-rbd");
    YamlTabPage yaml = storage.diskYaml("shop/web-01-rootdisk");
    assertThat(yaml.text()).containsText("kind: PersistentVolumeClaim");
    assertThat(yaml.text()).containsText("name: web-01-rootdisk");
    assertThat(yaml.editButton()).isVisible();
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(io.virtdeck.testing.BrowserTest.SCREENSHOTS.resolve("disk-yaml.png")));
  }

  @Test
  void helpdeskReadsTheYamlButMayNotEditIt() {
    new LoginPage(page).open(base()).signIn("helpdesk");
    VmSummaryPage.open(page, base(), "shop", "web-02");
    YamlTabPage yaml = new YamlTabPage(page).open();
    assertThat(yaml.text()).containsText("name: web-02");
    assertThat(yaml.readOnly()).isVisible();
    assertThat(yaml.editButton()).hasCount(0);
  }
}
