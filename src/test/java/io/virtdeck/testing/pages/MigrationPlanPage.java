package io.virtdeck.testing.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Plan a migration: the upload, the problem sentence, the plan's tabs, maps and downloads. */
public class MigrationPlanPage {

  private final Page page;

  public MigrationPlanPage(Page page) {
    this.page = page;
  }

  /** From the VM list: Plan a migration… in its title bar. */
  public static MigrationPlanPage openFromVmList(Page page) {
    page.locator("#vm-plan-migration").click();
    page.locator("#plan-upload").waitFor();
    return new MigrationPlanPage(page);
  }

  public MigrationPlanPage upload(Path file) {
    page.locator("#plan-upload input[type=file]").setInputFiles(file);
    return this;
  }

  public Locator problem() {
    return page.locator("#plan-problem");
  }

  public Locator summary() {
    return page.locator("#plan-summary");
  }

  public MigrationPlanPage tab(String title) {
    page.locator("#plan-tabs vaadin-tab")
        .filter(new Locator.FilterOptions().setHasText(title))
        .first()
        .click();
    return this;
  }

  /** A visible cell of one of the plan's grids holding exactly this text. */
  public Locator cell(String gridId, String text) {
    return page.locator("#" + gridId)
        .locator("vaadin-grid-cell-content")
        .getByText(text, new Locator.GetByTextOptions().setExact(true))
        .first();
  }

  /** A visible cell of a plan grid whose text contains {@code text}. */
  public Locator cellWith(String gridId, String text) {
    return page.locator("#" + gridId).locator("vaadin-grid-cell-content").getByText(text).first();
  }

  /** The readiness statuses shown, as marked in their cells. */
  public Locator status(String status) {
    return page.locator("#plan-readiness .readiness[data-status=" + status + "]");
  }

  public Locator createMissingButton() {
    return page.locator("#plan-create-port-groups");
  }

  /** Create missing port groups…, then the dialog's Create. */
  public MigrationPlanPage createMissingPortGroups() {
    createMissingButton().click();
    page.locator("#create-port-groups-list").waitFor();
    page.locator("#create-port-groups-go").click();
    return this;
  }

  public Download downloadForklift() {
    return page.waitForDownload(
        () -> page.locator("#plan-download-forklift vaadin-button").click());
  }

  public void screenshot(Path file) {
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
  }

  public Locator forkliftYaml() {
    return page.locator("#plan-forklift-yaml");
  }
}
