package io.virtdeck.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real browser sessions (Debian's Chromium, headless), each signed in as the demo admin and showing
 * a folder of the VM grid, with an observer that notes when each change marker ({@code Mark-N})
 * first appears in the grid, by the browser's clock. It watches the whole page, not the grid
 * element: under heavy load a client re-sends a slow request, Vaadin then resynchronizes the UI and
 * rebuilds the grid, and an observer on the old element would miss every later marker.
 */
final class Sessions implements AutoCloseable {

  /** Records the first time each marker text shows in the grid. */
  private static final String OBSERVER =
      """
      () => {
        window.__marks = {};
        const scan = () => {
          const now = Date.now();
          const grid = document.querySelector('#vm-grid');
          for (const m of (grid ? grid.textContent : '').matchAll(/Mark-\\d+/g)) {
            if (!(m[0] in window.__marks)) window.__marks[m[0]] = now;
          }
        };
        // the whole page: Vaadin rebuilds the grid element when it resynchronizes a UI
        new MutationObserver(scan).observe(document.body, {subtree: true, childList: true, characterData: true});
        scan();
      }
      """;

  private final Playwright playwright;
  private final Browser browser;
  private final List<Page> pages = new ArrayList<>();

  Sessions() throws IOException {
    // Playwright unpacks its driver there and fails when the folder is missing (a fresh clone)
    String driverFolder = System.getProperty("playwright.driver.tmpdir");
    if (driverFolder != null) {
      Files.createDirectories(Path.of(driverFolder));
    }
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-renderer-backgrounding",
                            "--disable-background-timer-throttling",
                            "--disable-backgrounding-occluded-windows")));
  }

  /** Opens a session: signs in, waits for the grid to show VMs, then shows {@code path}. */
  Page open(String baseUrl, String path) {
    Page page = blank();
    page.navigate(baseUrl + "/login");
    page.locator("input[name=username]").fill("admin");
    page.locator("input[name=password]").fill("demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    waitForRows(page); // signing in lands on "/", the whole inventory
    if (!path.equals("/")) {
      page.navigate(baseUrl + path);
      waitForRows(page);
    }
    page.evaluate(OBSERVER);
    pages.add(page);
    return page;
  }

  /**
   * Waits until the grid shows rows and the count says how many VMs there are: it does only once
   * the inventory has loaded (until then it says that it is loading). It looks every 50 ms rather
   * than on every animation frame (Playwright's default), so that the waiting takes less of the
   * cores VirtDeck starts on.
   */
  static void waitForRows(Page page) {
    page.waitForFunction(
        "() => /^[1-9][\\d,]* /.test(document.querySelector('#vm-count')?.textContent ?? '')"
            + " && document.querySelectorAll('#vm-grid vaadin-grid-cell-content').length > 20",
        null,
        new Page.WaitForFunctionOptions().setPollingInterval(50));
  }

  /** A blank page in a browser context of its own, signed in nowhere. */
  Page blank() {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1600, 1000).setLocale("en-US"));
    context.setDefaultTimeout(180_000);
    return context.newPage();
  }

  /** The script that installs the marker observer on the current page. */
  static String observer() {
    return OBSERVER;
  }

  List<Page> pages() {
    return pages;
  }

  /**
   * Waits until every session has shown {@code mark}, or {@code atMost} has passed: the grace
   * period of the last markers, which ends as soon as there is nothing left to wait for.
   */
  void awaitMark(String mark, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    for (Page page : pages) {
      double left = (deadline - System.nanoTime()) / 1e6;
      if (left <= 0) {
        return;
      }
      try {
        page.waitForFunction(
            "mark => mark in window.__marks",
            mark,
            new Page.WaitForFunctionOptions().setPollingInterval(50).setTimeout(left));
      } catch (TimeoutError late) {
        return; // counted as missing, or late, by the markers' result
      }
    }
  }

  /** For each session, when (epoch ms, browser clock) each marker first showed. */
  List<Map<String, Double>> marksSeen() {
    var result = new ArrayList<Map<String, Double>>();
    for (Page page : pages) {
      @SuppressWarnings("unchecked")
      var seen = (Map<String, Object>) page.evaluate("() => window.__marks");
      var marks = new HashMap<String, Double>();
      seen.forEach((k, v) -> marks.put(k, ((Number) v).doubleValue()));
      result.add(marks);
    }
    return result;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
