package io.virtdeck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Demo sign-in, and each demo user seeing exactly what RBAC lets them see. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/signin.kubeconfig"
    })
class SignInE2E extends BrowserTest {

  @LocalServerPort int port;
  private KubernetesClient kubectl;

  @BeforeEach
  void connect() {
    kubectl = DemoClient.fromKubeconfig("target/e2e/signin.kubeconfig");
  }

  @AfterEach
  void disconnect() {
    kubectl.close();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void anyViewWithoutASessionLeadsToSignInAndBack() {
    page.navigate(base() + "/vm/shop/web-01");

    LoginPage login = new LoginPage(page);
    assertThat(login.form()).isVisible();
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(login.demoAccounts()).containsText("helpdesk");

    login.submit("admin", "demo");

    assertThat(page).hasURL(Pattern.compile(".*/vm/shop/web-01(\\?continue)?$"));
    assertThat(new VmSummaryPage(page).summary()).containsText("web-01");
  }

  @Test
  void wrongPasswordIsRefusedWithASentence() {
    LoginPage login = new LoginPage(page).open(base());

    login.submit("admin", "wrong");

    assertThat(login.form()).containsText("Incorrect user name or password");
    assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
  }

  @Test
  void oneNamespaceUserSeesNothingOfOtherNamespaces() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("shop-owner");

    assertThat(inventory.count()).hasText("10 virtual machines");
    assertThat(inventory.treeNode("shop (10)")).isVisible();
    assertThat(inventory.treeNode("finance")).hasCount(0);
    assertThat(inventory.gridCell("erp-01")).not().isVisible();

    inventory.search("win-sql");
    assertThat(inventory.count()).hasText("0 virtual machines");

    var vms = kubectl.genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");
    vms.inNamespace("finance").resource(DemoClient.vm("finance", "hidden-01")).create();
    vms.inNamespace("shop").resource(DemoClient.vm("shop", "shown-01")).create();
    inventory.search("-01");

    assertThat(inventory.gridCell("shown-01")).isVisible();
    assertThat(inventory.gridCell("hidden-01")).not().isVisible();
    assertThat(inventory.grid()).not().containsText("finance");
    vms.inNamespace("finance").withName("hidden-01").delete();
    vms.inNamespace("shop").withName("shown-01").delete();
  }

  @Test
  void chineseBrowserGetsTheChineseUiAndTheSwitchChangesIt() {
    try (BrowserContext chinese =
        page.context().browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
      Page zh = chinese.newPage();
      zh.navigate(base() + "/login");
      assertThat(new LoginPage(zh).form()).containsText("登录 VirtDeck");
    }
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("helpdesk");
    assertThat(inventory.count()).hasText("27 virtual machines");

    inventory.languageSwitch().click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("简体中文")).click();

    assertThat(inventory.count()).hasText("27 台虚拟机");
    assertThat(inventory.recentTasks()).containsText("近期任务");
  }

  @Test
  void signOutEndsTheSession() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("helpdesk");
    assertThat(inventory.userMenu()).containsText("helpdesk");

    inventory.signOut();

    assertThat(new LoginPage(page).form()).isVisible();
    page.navigate(base() + "/");
    assertThat(new LoginPage(page).form()).isVisible();
  }
}
