package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The YAML tab of an object page (VM, host, datastore, port group). */
public class YamlTabPage {

  private final Page page;

  public YamlTabPage(Page page) {
    this.page = page;
  }

  /** Opens an object's page by its address ({@code /host/worker-01}) and its YAML tab. */
  public static YamlTabPage openObject(Page page, String baseUrl, String address) {
    page.navigate(baseUrl + address);
    page.locator("#tab-yaml").waitFor();
    return new YamlTabPage(page).open();
  }

  /** Chooses the YAML tab of the page shown and waits until it shows the YAML or why not. */
  public YamlTabPage open() {
    page.locator("#tab-yaml").click();
    page.locator("#yaml-panel").waitFor();
    return this;
  }

  /** The YAML as shown (view mode). */
  public Locator text() {
    return page.locator("#yaml-text");
  }

  public Locator editButton() {
    return page.locator("#yaml-edit");
  }

  public Locator readOnly() {
    return page.locator("#yaml-read-only");
  }

  /** Edit: the YAML in the editor. */
  public YamlTabPage edit() {
    editButton().click();
    editor().waitFor();
    return this;
  }

  public Locator editor() {
    return page.locator("#yaml-editor textarea");
  }

  /** Replaces the first occurrence of {@code from} in the editor's text by {@code to}. */
  public YamlTabPage replace(String from, String to) {
    String text = editor().inputValue();
    editor().fill(text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    editor().blur();
    return this;
  }

  public YamlTabPage review() {
    page.locator("#yaml-review").click();
    return this;
  }

  public Locator problems() {
    return page.locator("#yaml-problems");
  }

  public Locator diff() {
    return page.locator("#yaml-diff");
  }

  public Locator patch() {
    return page.locator("#yaml-patch");
  }

  public Locator kubectl() {
    return page.locator("#yaml-kubectl");
  }

  public void apply() {
    page.locator("#yaml-apply").click();
  }

  public Locator notice() {
    return page.locator("#yaml-notice");
  }
}
