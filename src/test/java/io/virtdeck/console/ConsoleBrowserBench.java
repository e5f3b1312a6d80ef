package io.virtdeck.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.virtdeck.demo.DemoCluster;
import io.virtdeck.testing.pages.ConsolePage;
import io.virtdeck.testing.pages.LoginPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The console benchmark's browser figures, in Chromium ({@code /usr/bin/chromium}) signed in as
 * helpdesk: the web console page opened until its canvas first shows the guest's screen, and a key
 * pressed until its echo is painted (web console canvas and serial console terminal). Times are the
 * page's own clock ({@code performance.now()}); a change is seen at the first animation frame after
 * it was painted.
 */
final class ConsoleBrowserBench {

  /**
   * Notes when a console WebSocket is made and when the web console's canvas first shows pixels.
   */
  private static final String OPEN_TIMES =
      """
      (() => {
        const Native = window.WebSocket;
        function Noted(url, protocols) {
          if (String(url).includes('/console-ws/')) window.__wsStart = performance.now();
          return protocols === undefined ? new Native(url) : new Native(url, protocols);
        }
        Noted.prototype = Native.prototype;
        for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Noted[k] = Native[k];
        window.WebSocket = Noted;
        const lit = () => {
          const c = document.querySelector('vd-vnc-console canvas');
          if (c && c.width > 0 && c.height > 0) {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 0; i < d.length; i += 4) {
              if (d[i] + d[i + 1] + d[i + 2] > 0) { window.__firstLit = performance.now(); return; }
            }
          }
          requestAnimationFrame(lit);
        };
        requestAnimationFrame(lit);
      })();
      """;

  /** Each key pressed until the web console's canvas changes. */
  private static final String CANVAS_ECHO =
      """
      () => {
        const c = document.querySelector('vd-vnc-console canvas');
        const ctx = c.getContext('2d');
        const hash = () => {
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let h = 0;
          for (let i = 0; i < d.length; i += 4) h = (Math.imul(h, 31) + d[i] + (d[i + 1] << 8) + (d[i + 2] << 16)) | 0;
          return h;
        };
        window.__keys = [];
        let last = hash(), pressed = 0, before = 0;
        document.addEventListener('keydown', () => { pressed = performance.now(); before = last; }, true);
        const frame = () => {
          last = hash();
          if (pressed && last !== before) { window.__keys.push(performance.now() - pressed); pressed = 0; }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }
      """;

  /** Each key pressed at the serial login prompt until the terminal painted its echo. */
  private static final String TERMINAL_ECHO =
      """
      () => {
        const t = document.querySelector('vd-serial-console')._terminal;
        t.options.cursorBlink = false;
        window.__keys = [];
        let pressed = 0, key = '';
        document.addEventListener('keydown', (e) => { pressed = performance.now(); key = e.key; }, true);
        t.onRender(() => {
          if (!pressed) return;
          const b = t.buffer.active;
          const line = b.getLine(b.baseY + b.cursorY).translateToString(true).trimEnd();
          if (key === 'a' ? line.endsWith('login: a') : line.endsWith('login:')) {
            window.__keys.push(performance.now() - pressed);
            pressed = 0;
          }
        });
      }
      """;

  /** What the console shows, for a failure's message. */
  private static final String SHOWN =
      """
      () => {
        const s = document.querySelector('vd-serial-console');
        if (!s) return 'the web console; keys seen: ' + window.__keys.length;
        const b = s._terminal.buffer.active;
        return JSON.stringify(b.getLine(b.baseY + b.cursorY).translateToString(true))
            + '; keys seen: ' + window.__keys.length;
      }
      """;

  private final String base;
  private final OpenConsoles consoles;
  private final DemoCluster demo;

  ConsoleBrowserBench(int port, OpenConsoles consoles, DemoCluster demo) {
    this.base = "http://localhost:" + port;
    this.consoles = consoles;
    this.demo = demo;
  }

  void run(int runs, int keys, Map<String, String> report) throws Exception {
    try (Playwright playwright = Playwright.create()) {
      Browser browser =
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
                              "--no-first-run")));
      Page page =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000)).newPage();
      new LoginPage(page).open(base).signIn("helpdesk");
      page.addInitScript(OPEN_TIMES);
      var fromNavigation = new BenchStats();
      var fromSocket = new BenchStats();
      for (int i = 0; i < runs + 2; i++) {
        openWebConsole(page);
        double lit = number(page.evaluate("() => window.__firstLit"));
        double socket = number(page.evaluate("() => window.__wsStart"));
        if (i >= 2) { // two warm-ups
          fromNavigation.addMillis(lit);
          fromSocket.addMillis(lit - socket);
        }
        page.navigate("about:blank");
      }
      report.put(
          "4 browser: page navigation -> first screen on the canvas", fromNavigation.summary());
      report.put(
          "4 browser: console WebSocket made -> first screen on the canvas", fromSocket.summary());

      openWebConsole(page);
      new ConsolePage(page).canvas().click();
      report.put("5 browser: key -> echo painted, web console", keys(page, CANVAS_ECHO, keys));
      page.navigate("about:blank");
      waitForNoConsoles();
      page.navigate(base + "/vm/shop/web-01/serial");
      page.waitForFunction(
          "() => { const s = document.querySelector('vd-serial-console');"
              + " return s && s.text().includes('login:'); }",
          null,
          new Page.WaitForFunctionOptions().setTimeout(60_000));
      page.locator("vd-serial-console .xterm").click();
      report.put("6 browser: key -> echo painted, serial console", keys(page, TERMINAL_ECHO, keys));
      browser.close();
    }
  }

  private void openWebConsole(Page page) throws InterruptedException {
    waitForNoConsoles();
    page.navigate(base + "/vm/shop/web-01/console");
    page.waitForFunction(
        "() => window.__firstLit > 0", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
  }

  /** Presses "a" then Backspace, {@code keys} times each after ten warm-ups, one at a time. */
  private static String keys(Page page, String measure, int keys) {
    page.evaluate(measure);
    var stats = new BenchStats();
    int warmUp = 10;
    for (int i = 0; i < 2 * (keys + warmUp); i++) {
      page.keyboard().press(i % 2 == 0 ? "a" : "Backspace");
      int seen = i + 1;
      try {
        page.waitForFunction(
            "n => window.__keys.length >= n",
            seen,
            new Page.WaitForFunctionOptions().setTimeout(30_000));
      } catch (RuntimeException timeout) {
        throw new IllegalStateException(
            "No echo of key " + seen + " seen; the page shows: " + page.evaluate(SHOWN), timeout);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> all = (List<Object>) page.evaluate("() => window.__keys");
    for (int i = 2 * warmUp; i < all.size(); i++) {
      stats.addMillis(number(all.get(i)));
    }
    return stats.summary();
  }

  /** The previous console's sessions are closed, so that the next one is not refused as held. */
  private void waitForNoConsoles() throws InterruptedException {
    for (int i = 0;
        i < 600 && (consoles.count() > 0 || demo.server().openConsoleSessions() > 0);
        i++) {
      Thread.sleep(50);
    }
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }
}
