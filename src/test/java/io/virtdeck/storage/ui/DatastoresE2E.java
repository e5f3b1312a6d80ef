package io.virtdeck.storage.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.StoragePage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator looks at a datastore, drags a disk onto a running VM, and expands a disk. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/storage.kubeconfig"
    })
class DatastoresE2E extends BrowserTest {

  @LocalServerPort int port;

  private StoragePage signIn() {
    new LoginPage(page).open("http://localhost:" + port).signIn("operator");
    return new StoragePage(page);
  }

  @Test
  void dragAnOrphanedDiskOntoARunningVmAfterARefusedDropSaysWhy() {
    StoragePage storage = signIn().openNavigatorTab().openDatastore("ceph-rbd");
    assertThat(storage.summaryValue("Provisioner (driver)")).hasText("rbd.csi.ceph.com");
    assertThat(storage.summaryValue("Free")).containsText("CSIStorageCapacity");
    assertThat(storage.capacityBar()).isVisible();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("datastore.png")));
    assertThat(storage.files()).containsText("shop/old-data-disk");
    assertThat(storage.orphaned("shop/old-data-disk")).isVisible();
    storage.showVmFolder("finance").showVmFolder("shop");

    storage.dragDiskOver("shop/old-data-disk", "finance", "");
    assertThat(storage.refusedReason("finance", "").first())
        .containsText("A VM can only use disks of its own namespace");
    storage.releaseMouse();
    assertThat(storage.attachDialog()).hasCount(0);

    // app-01: high in shop's list, away from the tree's bottom edge (which scrolls while dragging)
    storage.dragDiskOver("shop/old-data-disk", "shop", "app-01");
    assertThat(storage.refusedReason("finance", "erp-01")).isVisible();
    assertThat(storage.refusedReason("shop", "app-01")).hasCount(0);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("disk-drag.png")));
    storage.nudge();
    storage.releaseMouse();
    assertThat(storage.attachEffect()).containsText("hot-plugged now");
    storage.showAttachKubernetes();
    assertThat(storage.attachCommands())
        .containsText("virtctl addvolume app-01 -n shop --volume-name=old-data-disk");
    storage.confirmAttach();

    page.navigate("http://localhost:" + port + "/vm/shop/app-01");
    assertThat(storage.vmDisks()).containsText("old-data-disk");
    assertThat(storage.recentTasks()).containsText("Hot-add virtual disk");
    assertThat(storage.recentTasks()).containsText("Completed");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("vm-disks.png")));
  }

  @Test
  void expandADiskAfterARefusedShrink() {
    StoragePage storage = signIn();
    page.navigate("http://localhost:" + port + "/vm/shop/web-02");
    assertThat(storage.vmDisks()).containsText("30Gi");

    storage.expand("rootdisk", "20Gi");
    assertThat(storage.expandProblems()).containsText("disks can only grow");
    storage.expandAgain("40Gi");

    assertThat(storage.vmDisks()).containsText("40Gi");
    assertThat(storage.recentTasks()).containsText("Expand virtual disk");
  }
}
