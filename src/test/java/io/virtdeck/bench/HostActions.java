package io.virtdeck.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.demo.scale.ScalePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one session through the host targets: expanding hosts in the Hosts and Clusters tree and
 * opening hosts' VM grids. The server's time per action is read back from VirtDeck's {@code
 * virtdeck.timing} log lines ({@code QUERY-TIME hostexpand <micros> <host>}, and the grid's {@code
 * count} and {@code page} queries).
 */
final class HostActions {

  private final ServerTimes times;
  private final String baseUrl;

  HostActions(JvmProcess virtdeck, String baseUrl) {
    this.times = new ServerTimes(virtdeck);
    this.baseUrl = baseUrl;
  }

  /**
   * Expands the first {@code count} hosts, each in a freshly loaded tree: collapsing a host again
   * is not reliable at scale (the tree's rows are recycled while it scrolls, and a click meant for
   * one host's toggle may land on another's); server times in ms.
   */
  List<Double> expandHosts(Page page, int count) throws Exception {
    int from = times.mark();
    for (int n = 0; n < count; n++) {
      page.navigate(baseUrl + "/");
      Sessions.waitForRows(page);
      page.locator("#navigator [aria-label='Hosts and Clusters']").click();
      page.locator("#host-tree").waitFor();
      Locator toggle =
          page.locator("#host-tree vaadin-grid-tree-toggle")
              .filter(new Locator.FilterOptions().setHasText(ScalePlan.node(n)))
              .first();
      int before = times.since(from, "hostexpand").size();
      toggle.click(new Locator.ClickOptions().setPosition(6, 12));
      PlaywrightAssertions.assertThat(toggle)
          .hasAttribute(
              "expanded", "", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
      times.awaitMore(from, "hostexpand", before);
    }
    return times.since(from, "hostexpand");
  }

  /**
   * Opens the VMs tab of {@code count} hosts' pages: the VM grid filtered to the host on the
   * server. Its server time is that of the grid's queries (count and first page) until its rows
   * show, in ms.
   */
  List<Double> hostVmGrids(Page page, int count) throws Exception {
    List<Double> result = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      page.navigate(baseUrl + "/host/" + ScalePlan.node(n));
      page.locator("#host-tab-vms").waitFor();
      int from = times.mark();
      page.locator("#host-tab-vms").click();
      page.locator("#host-vms vaadin-grid-cell-content .vm-name").first().waitFor();
      times.awaitMore(from, "page", 0);
      result.add(
          times.since(from, "count").stream().mapToDouble(Double::doubleValue).sum()
              + times.since(from, "page").stream().mapToDouble(Double::doubleValue).sum());
    }
    return result;
  }
}
