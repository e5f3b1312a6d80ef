package io.virtdeck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.Rbac;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.NetworkPage;
import io.virtdeck.testing.pages.StoragePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21 item 4 in the browser: with shop-owner's navigator open, the administrator deletes the
 * shop RoleBinding; once the kept answer expires, shop leaves the VMs tree, the VM grid (which says
 * why), the Networking tree and the Storage tree without a reload; the binding made again brings
 * them back.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.cluster.access-review-ttl=2s",
      "virtdeck.demo.kubeconfig=target/e2e/scope-revocation.kubeconfig"
    })
class ScopeRevocationE2E extends BrowserTest {

  /** The review TTL, the views' recheck and the push, on a loaded machine. */
  private static final double FOLLOWED = 60_000;

  @LocalServerPort int port;
  private KubernetesClient kubectl;
  private RoleBinding binding;

  @BeforeEach
  void connect() {
    kubectl = DemoClient.fromKubeconfig("target/e2e/scope-revocation.kubeconfig");
    binding = kubectl.rbac().roleBindings().inNamespace("shop").withName("shop-owners").get();
  }

  @AfterEach
  void restoreAndDisconnect() {
    if (kubectl.rbac().roleBindings().inNamespace("shop").withName("shop-owners").get() == null) {
      grantAgain();
    }
    kubectl.close();
  }

  @Test
  void aRevokedRoleBindingTakesTheNamespaceOutOfEveryOpenTreeAndAGrantBringsItBack() {
    InventoryPage inventory =
        new LoginPage(page).open("http://localhost:" + port).signIn("shop-owner");
    NetworkPage network = new NetworkPage(page);
    StoragePage storage = new StoragePage(page);
    assertThat(inventory.treeNode("shop (10)")).isVisible();
    assertThat(network.openNavigatorTab().portGroupNode("shop", "vlan-200-dmz")).isVisible();
    assertThat(storage.openNavigatorTab().datastoreNode("ceph-rbd")).isVisible();
    inventory.openNavigatorTab();

    kubectl.rbac().roleBindings().inNamespace("shop").withName("shop-owners").delete();

    assertThat(inventory.scopeRevoked()).containsText("shop", within());
    assertThat(inventory.count()).hasText("0 virtual machines");
    assertThat(inventory.treeNode("shop"))
        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(FOLLOWED));
    network.openNavigatorTab();
    assertThat(network.portGroupNode("shop", "vlan-200-dmz"))
        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(FOLLOWED));
    storage.openNavigatorTab();
    assertThat(storage.datastoreNode("ceph-rbd"))
        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(FOLLOWED));

    grantAgain();

    assertThat(storage.datastoreNode("ceph-rbd")).isVisible(visibleWithin());
    assertThat(network.openNavigatorTab().portGroupNode("shop", "vlan-200-dmz"))
        .isVisible(visibleWithin());
    assertThat(inventory.openNavigatorTab().treeNode("shop (10)")).isVisible(visibleWithin());
    assertThat(inventory.count()).hasText("10 virtual machines");
  }

  private void grantAgain() {
    Rbac.recreate(kubectl, binding);
  }

  private static LocatorAssertions.ContainsTextOptions within() {
    return new LocatorAssertions.ContainsTextOptions().setTimeout(FOLLOWED);
  }

  private static LocatorAssertions.IsVisibleOptions visibleWithin() {
    return new LocatorAssertions.IsVisibleOptions().setTimeout(FOLLOWED);
  }
}
