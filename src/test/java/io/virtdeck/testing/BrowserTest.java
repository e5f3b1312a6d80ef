package io.virtdeck.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Chromium per test class (Debian's, never a downloaded one), a fresh context and page per
 * test.
 */
public abstract class BrowserTest {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launchBrowser() throws Exception {
    Files.createDirectories(Path.of("target", "playwright"));
    Files.createDirectories(SCREENSHOTS);
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
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
                            "--no-first-run")));
  }

  @BeforeEach
  void openContext() {
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1600, 1000).setLocale("en-US"));
    context.setDefaultTimeout(20_000);
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
    playwright.close();
  }
}
