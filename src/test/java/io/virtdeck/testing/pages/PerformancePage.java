package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A Performance panel (VM Monitor → Performance, or a host's, folder's, datacenter's tab). */
public class PerformancePage {

  private final Page page;

  public PerformancePage(Page page) {
    this.page = page;
  }

  /** Opens Monitor → Performance on an open VM page. */
  public static PerformancePage ofVm(Page page) {
    page.locator("#tab-monitor").click();
    page.locator("#monitor-performance").click();
    return new PerformancePage(page);
  }

  /** Opens the Performance tab of a host, folder or datacenter page. */
  public static PerformancePage ofObjectPage(Page page) {
    page.locator("#tab-performance").click();
    return new PerformancePage(page);
  }

  /** A chart by its name: cpu, memory, network, disk, iops. */
  public Locator chart(String name) {
    return page.locator("#perf-chart-" + name);
  }

  /** The sentence shown when Prometheus is not configured or does not answer. */
  public Locator problem() {
    return page.locator("#perf-problem");
  }

  /** Picks a time range by its label ("Last day", "Last week", ...). */
  public PerformancePage chooseRange(String label) {
    page.locator("#perf-range").click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
    return this;
  }
}
