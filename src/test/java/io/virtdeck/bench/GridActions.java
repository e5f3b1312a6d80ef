package io.virtdeck.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.KeyboardModifier;
import io.virtdeck.demo.scale.ScalePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drives one session through what the grid and search targets measure: every sortable column sorted
 * both ways, two sorts by two columns (Shift+click), the filter box, and the header's global search
 * by VM name and by IP address. The server's time per query is read back from VirtDeck's {@code
 * virtdeck.timing} log lines.
 */
final class GridActions {

  private static final Pattern QUERY = Pattern.compile("QUERY-TIME (\\w+) (\\d+) (\\S+)");

  private final JvmProcess virtdeck;
  private final String baseUrl;

  GridActions(JvmProcess virtdeck, String baseUrl) {
    this.virtdeck = virtdeck;
    this.baseUrl = baseUrl;
  }

  /** Sorts by each column both ways and filters; the server times in ms. */
  List<Double> sortAndFilter(Page page) throws Exception {
    page.navigate(baseUrl + "/");
    Sessions.waitForRows(page);
    int from = virtdeck.lines().size();
    // the VM grid's own: the Recent Tasks strip has a sorter too, whose clicks query nothing
    var sorters = page.locator("#vm-grid vaadin-grid-sorter");
    int columns = sorters.count();
    for (int i = 0; i < columns; i++) {
      for (int click = 0; click < 2; click++) {
        int before = queries(from).size();
        sorters.nth(i).click();
        awaitMoreQueries(from, before);
      }
    }
    // Shift+click adds a column: power state then name, host then name, both ways
    for (int primary : List.of(1, 3)) {
      for (int click = 0; click < 2; click++) {
        int before = queries(from).size();
        sorters.nth(primary).click();
        awaitMoreQueries(from, before);
        before = queries(from).size();
        sorters
            .nth(0)
            .click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
        awaitMoreQueries(from, before);
      }
    }
    for (String text : List.of("vm-0123", "10.130", "esx-0042", "fedora")) {
      int before = queries(from).size();
      page.locator("#vm-filter input").fill(text);
      awaitMoreQueries(from, before);
    }
    return millis(queries(from));
  }

  /** Global searches for a VM name and an IP; the server times in ms of the searching queries. */
  List<Double> globalSearch(Page page, ScalePlan plan) throws Exception {
    page.navigate(baseUrl + "/");
    Sessions.waitForRows(page);
    int from = virtdeck.lines().size();
    var searches = new ArrayList<String>();
    for (int i = 1; i <= 5; i++) {
      int vm = i * plan.vms() / 7;
      searches.add(ScalePlan.vmName(vm));
      searches.add(ScalePlan.ipOf(vm, 0));
    }
    for (String text : searches) {
      int before = queries(from).size();
      page.locator("#global-search input").fill(text);
      page.locator("#global-search input").press("Enter");
      awaitMoreQueries(from, before);
    }
    return millis(queries(from).stream().filter(q -> q.endsWith(" search")).toList());
  }

  private List<String> queries(int from) {
    var lines = virtdeck.lines();
    var result = new ArrayList<String>();
    for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
      var m = QUERY.matcher(line);
      if (m.find()) {
        result.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
      }
    }
    return result;
  }

  private void awaitMoreQueries(int from, int before) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (queries(from).size() <= before && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      Thread.sleep(20); // polling VirtDeck's log for the query this action caused
    }
  }

  private static List<Double> millis(List<String> queries) {
    return queries.stream().map(q -> Long.parseLong(q.split(" ")[1]) / 1000.0).toList();
  }
}
