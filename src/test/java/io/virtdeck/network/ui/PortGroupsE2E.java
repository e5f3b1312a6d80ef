package io.virtdeck.network.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.NetworkPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator creates a port group with a VLAN and hot-adds a NIC to a running VM. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/network.kubeconfig"
    })
class PortGroupsE2E extends BrowserTest {

  @LocalServerPort int port;

  private InventoryPage signIn(String user) {
    return new LoginPage(page).open("http://localhost:" + port).signIn(user);
  }

  @Test
  void createAPortGroupWithAVlanAfterFixingAnOutOfRangeOne() {
    signIn("operator");
    NetworkPage network = new NetworkPage(page).openNavigatorTab();

    network.createPortGroup("vlan-321-e2e", "shop", "5000", "1500");
    assertThat(network.newPortGroupVlanError()).containsText("VLAN ID 5000 is out of range");
    assertThat(network.newPortGroupPreview()).containsText("kubectl create -f - <<'EOF'");
    network.fixVlanAndCreate("321");

    assertThat(network.portGroupNode("shop", "vlan-321-e2e")).isVisible();
    network.openPortGroup("shop", "vlan-321-e2e");
    assertThat(network.summaryValue("VLAN ID")).hasText("321");
    assertThat(network.summaryValue("Type")).hasText("Linux bridge");
    assertThat(network.summaryValue("MTU")).hasText("1500");
    assertThat(new NetworkPage(page).recentTasks()).containsText("Create port group");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("port-group.png")));
  }

  @Test
  void hotAddANicToARunningVmThroughConnectToPortGroup() {
    signIn("operator");
    page.navigate("http://localhost:" + port + "/vm/shop/web-01");
    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered On");
    NetworkPage network = new NetworkPage(page);
    assertThat(network.vmNics()).containsText("nic-1");

    network.connectToPortGroup("vlan-200-dmz", "nic-e2e");
    assertThat(network.addNicEffect()).containsText("hot-plugged now");
    network.confirmAddNic();

    assertThat(network.vmNics()).containsText("nic-e2e");
    assertThat(network.vmNics()).containsText(Pattern.compile("192\\.168\\.200\\.\\d+"));
    assertThat(new NetworkPage(page).recentTasks()).containsText("Add network adapter");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("vm-nics.png")));

    network.openNavigatorTab().openPortGroup("shop", "vlan-200-dmz");
    assertThat(network.connectedVms()).containsText("nic-e2e");
  }

  @Test
  void dragAVmOntoAPortGroupAddsANicAfterConfirmationAndARefusedDropSaysWhy() {
    signIn("operator");
    NetworkPage network = new NetworkPage(page).openNavigatorTab();
    network.portGroupNode("shop", "vlan-200-dmz").waitFor();
    // shop's VMs come last in the grid, below the fold since the demo seeds two templates there
    InventoryPage inventory = new InventoryPage(page).filter("app-01");
    assertThat(inventory.count()).hasText("1 virtual machine");

    network.hoverVmOver("app-01", "finance", "vlan-110-finance");
    assertThat(network.refusedReason("finance", "vlan-110-finance"))
        .containsText("app-01 (folder shop) cannot use vlan-110-finance");
    network.releaseMouse();
    // the drag has ended once the server no longer marks the refused port group
    assertThat(network.refusedReason("finance", "vlan-110-finance")).hasCount(0);

    network.hoverVmOver("app-01", "shop", "vlan-200-dmz");
    assertThat(network.refusedReason("finance", "vlan-110-finance")).isVisible();
    assertThat(network.refusedReason("shop", "vlan-200-dmz")).hasCount(0);
    network.releaseMouse();
    assertThat(new NetworkPage(page).addNicEffect()).containsText("app-01");
    assertThat(new NetworkPage(page).addNicPortGroupInput()).hasValue("vlan-200-dmz");
    assertThat(new NetworkPage(page).addNicModel()).containsText("virtio");
    new NetworkPage(page).showAddNicKubernetes();
    assertThat(new NetworkPage(page).addNicCommands())
        .containsText("kubectl patch vm app-01 -n shop --type json");
    network.confirmAddNic();

    assertThat(new NetworkPage(page).recentTasks()).containsText("Add network adapter");
    page.navigate("http://localhost:" + port + "/vm/shop/app-01");
    assertThat(network.vmNics()).containsText("vlan-200-dmz");
  }
}
