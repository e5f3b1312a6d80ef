package io.virtdeck.capture.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.CapturePage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Code Capture end to end: record three actions, see and download the script in each form. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/capture.kubeconfig"
    })
class CaptureE2E extends BrowserTest {

  @LocalServerPort int port;

  @BeforeEach
  void beTolerantOfABusyMachine() {
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @Test
  void recordThreeActionsAndSeeTheScript() throws Exception {
    new LoginPage(page).open("http://localhost:" + port).signIn("operator");
    CapturePage capture = new CapturePage(page);
    assertThat(capture.recordButton()).hasAttribute("aria-pressed", "false");
    capture.recordButton().click();
    assertThat(capture.panel()).isVisible();
    assertThat(capture.state()).containsText("Recording: 0 task(s)");

    page.navigate("http://localhost:" + port + "/vm/shop/web-02");
    VmActionsPage actions = new VmActionsPage(page);
    VmSummaryPage summary = new VmSummaryPage(page);
    actions.action("power_on").click();
    assertThat(summary.powerState()).hasText("Powered On");
    actions.action("suspend").click();
    assertThat(summary.powerState()).hasText("Suspended");
    actions.action("resume").click();
    assertThat(summary.powerState()).hasText("Powered On");

    assertThat(capture.recordButton()).hasAttribute("aria-pressed", "true");
    assertThat(capture.recordButton()).containsText("Recording · 3");
    assertThat(capture.script()).containsText("# 1. Power On virtual machine · shop/web-02");
    assertThat(capture.script())
        .containsText(
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-02/start");
    assertThat(capture.script())
        .containsText("/virtualmachineinstances/web-02/pause -f - <<< '{}'");
    assertThat(capture.script())
        .containsText("/virtualmachineinstances/web-02/unpause -f - <<< '{}'");
    assertThat(capture.script()).containsText("--for=jsonpath='{.status.printableStatus}'=Paused");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("capture-bash.png")));

    capture.format("Ansible");
    assertThat(capture.script()).containsText("kubevirt.core.kubevirt_vm_info:");
    assertThat(capture.script()).containsText("name: 3. Resume virtual machine · shop/web-02");
    String downloaded = Files.readString(capture.download().path());
    org.assertj.core.api.Assertions.assertThat(downloaded)
        .startsWith("# Recorded with VirtDeck Code Capture: 3 step(s).")
        .contains("ansible.builtin.command:");

    capture.format("YAML");
    assertThat(capture.script())
        .containsText(
            "# PUT /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachineinstances/web-02/pause");

    capture.toggle().click();
    assertThat(capture.recordButton()).hasAttribute("aria-pressed", "false");
    assertThat(capture.state()).containsText("Stopped: 3 task(s) recorded.");
    capture.clear();
    assertThat(capture.script()).containsText("No tasks recorded yet");
  }
}
