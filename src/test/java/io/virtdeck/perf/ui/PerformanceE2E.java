package io.virtdeck.perf.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.DatacenterPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.PerformancePage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Performance charts and top consumers from the demo cluster's Prometheus, in the browser. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.kubeconfig=target/e2e/performance.kubeconfig"})
class PerformanceE2E extends BrowserTest {

  private static final Pattern SOME_POINTS = Pattern.compile("[1-9][0-9]*");

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @BeforeEach
  void patience() {
    // the machine running the tests may be busy: waiting longer never makes a wrong page pass
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @Test
  void aVmsChartHasPointsAndFollowsTheChosenRange() {
    new LoginPage(page).open(base()).signIn("admin");
    VmSummaryPage vm = VmSummaryPage.open(page, base(), "shop", "web-01");
    assertThat(vm.powerState()).hasText("Powered On");

    PerformancePage perf = PerformancePage.ofVm(page);

    assertThat(perf.chart("cpu")).hasAttribute("points", "181");
    assertThat(perf.chart("memory")).hasAttribute("points", "362");
    assertThat(perf.chart("cpu")).hasAttribute("live", "");
    perf.chooseRange("Last day");
    assertThat(perf.chart("cpu")).hasAttribute("points", "289");
    assertThat(perf.chart("cpu")).not().hasAttribute("live", "");
    assertThat(perf.problem()).isHidden();
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("vm-performance.png")));
  }

  @Test
  void theDatacenterSummaryShowsTopConsumersOfWhatTheUserMaySee() {
    new LoginPage(page).open(base()).signIn("shop-owner");

    DatacenterPage datacenter = DatacenterPage.open(page, base());

    assertThat(datacenter.top("cpu")).containsText("web-01");
    assertThat(datacenter.top("memory")).containsText("shop");
    assertThat(datacenter.top("cpu")).not().containsText("finance");
    assertThat(datacenter.top("network")).not().containsText("erp-01");
    assertThat(datacenter.powerStateCounts()).containsText("Powered On");
    assertThat(datacenter.hostsByUse()).hasCount(0);
    assertThat(PerformancePage.ofObjectPage(page).chart("cpu")).hasAttribute("points", SOME_POINTS);
  }
}
