package io.virtdeck.lab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.LabsPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lab end to end: one step done by clicking in VirtDeck, the next with kubectl beside it, each
 * ticked on the lab's page; the reset offered to administrators only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/labs.kubeconfig"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabsE2E extends BrowserTest {

  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

  @LocalServerPort int port;

  @BeforeEach
  void beTolerantOfABusyMachine() {
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @Test
  @Order(1)
  void aStepDoneByClickingThenOneDoneWithKubectl() throws Exception {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not at /usr/bin/kubectl");
    new LoginPage(page).open("http://localhost:" + port).signIn("operator");
    LabsPage labs = new LabsPage(page).openFromHeader();
    assertThat(labs.card("01-power-on")).containsText("0 of 3 steps done");
    assertThat(labs.resetButton()).hasCount(0);
    labs.openLab("01-power-on");
    assertThat(labs.step(1)).hasAttribute("data-done", "false");
    assertThat(labs.step(2)).containsText("kubectl patch vm web-02 -n shop");

    page.navigate("http://localhost:" + port + "/vm/shop/web-02");
    new VmActionsPage(page).action("power_on").click();
    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered On");
    page.navigate("http://localhost:" + port + "/lab/01-power-on");
    assertThat(labs.step(1)).hasAttribute("data-done", "true");
    assertThat(labs.step(1)).containsText("done ✓");
    assertThat(labs.step(2)).hasAttribute("data-done", "false");

    Process kubectl =
        new ProcessBuilder(
                KUBECTL.toString(),
                "--kubeconfig",
                "target/e2e/labs.kubeconfig",
                "patch",
                "vm",
                "web-02",
                "-n",
                "shop",
                "--type",
                "merge",
                "-p",
                "{\"spec\":{\"runStrategy\":\"Halted\"}}")
            .redirectErrorStream(true)
            .start();
    org.assertj.core.api.Assertions.assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    org.assertj.core.api.Assertions.assertThat(kubectl.exitValue())
        .as(new String(kubectl.getInputStream().readAllBytes()))
        .isZero();

    assertThat(labs.step(2)).hasAttribute("data-done", "true");
    assertThat(labs.progress()).hasText("2 of 3 steps done");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("lab-steps.png")));
  }

  @Test
  @Order(2)
  void theChineseLabsPage() {
    new LoginPage(page).open("http://localhost:" + port).signIn("helpdesk").chooseLanguage("简体中文");
    LabsPage labs = new LabsPage(page).openFromHeader();
    assertThat(labs.card("04-vmotion")).containsText("将运行中的虚拟机迁移到另一台主机");
    assertThat(labs.card("04-vmotion")).containsText("已完成 0/2 个步骤");
    labs.openLab("04-vmotion");
    assertThat(labs.step(1)).containsText("待完成");
  }

  @Test
  @Order(3)
  void anAdministratorResetsTheDemoCluster() {
    new LoginPage(page).open("http://localhost:" + port).signIn("admin");
    LabsPage labs = new LabsPage(page).openFromHeader();
    labs.reset();
    assertThat(labs.notification()).containsText("The cluster is back to its starting inventory.");
    assertThat(labs.card("01-power-on")).containsText("0 of 3 steps done");
  }
}
