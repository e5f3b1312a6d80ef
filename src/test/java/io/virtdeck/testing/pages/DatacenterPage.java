package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The datacenter's page: Summary with the top consumers, and its other tabs. */
public class DatacenterPage {

  private final Page page;

  public DatacenterPage(Page page) {
    this.page = page;
  }

  public static DatacenterPage open(Page page, String baseUrl) {
    page.navigate(baseUrl + "/datacenter");
    page.locator("#datacenter-summary").waitFor();
    return new DatacenterPage(page);
  }

  /** A top-10 list: cpu, memory, network, storage. */
  public Locator top(String metric) {
    return page.locator("#top-" + metric);
  }

  public Locator hostsByUse() {
    return page.locator("#hosts-by-use");
  }

  public Locator powerStateCounts() {
    return page.locator("#vm-power-counts");
  }
}
