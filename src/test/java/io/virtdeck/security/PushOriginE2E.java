package io.virtdeck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.WebSocket;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Push runs over a same-origin WebSocket under the page's Content-Security-Policy, and a handshake
 * from a foreign origin is refused even with the user's cookie and push id.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/security.kubeconfig"
    })
class PushOriginE2E extends BrowserTest {

  @LocalServerPort int port;
  private KubernetesClient kubectl;
  private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger framesReceived = new AtomicInteger();
  private final List<String> cspViolations = new CopyOnWriteArrayList<>();

  @BeforeEach
  void connect() {
    kubectl = DemoClient.fromKubeconfig("target/e2e/security.kubeconfig");
    page.onWebSocket(
        socket -> {
          sockets.add(socket);
          socket.onFrameReceived(frame -> framesReceived.incrementAndGet());
        });
    page.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            cspViolations.add(message.text());
          }
        });
  }

  @AfterEach
  void disconnect() {
    kubectl.close();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void pushDeliversChangesOverASameOriginWebSocket() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("shop-owner");
    page.waitForCondition(() -> pushSocket() != null);
    int before = framesReceived.get();

    var vms = kubectl.genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");
    vms.inNamespace("shop").resource(DemoClient.vm("shop", "pushed-01")).create();
    try {
      inventory.search("pushed-01");
      assertThat(inventory.gridCell("pushed-01")).isVisible();
      assertThat(framesReceived.get()).isGreaterThan(before);
      assertThat(pushSocket().isClosed()).isFalse();
      assertThat(cspViolations).isEmpty();
    } finally {
      vms.inNamespace("shop").withName("pushed-01").delete();
    }
  }

  @Test
  void aHandshakeFromAForeignOriginIsRefused() {
    new LoginPage(page).open(base()).signIn("shop-owner");
    page.waitForCondition(() -> pushSocket() != null);
    URI push = URI.create(pushSocket().url());
    String cookie =
        page.context().cookies().stream()
            .map(c -> c.name + "=" + c.value)
            .reduce((a, b) -> a + "; " + b)
            .orElseThrow();

    assertThatThrownBy(() -> handshake(push, cookie, "http://evil.example"))
        .rootCause()
        .hasMessageContaining("status code 403");
    assertThatThrownBy(() -> handshake(push, cookie, "http://localhost:" + (port + 1)))
        .rootCause()
        .hasMessageContaining("status code 403");

    java.net.http.WebSocket same = handshake(push, cookie, base());
    same.abort();
  }

  private static java.net.http.WebSocket handshake(URI push, String cookie, String origin) {
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .header("Cookie", cookie)
        .header("Origin", origin)
        .buildAsync(push, new java.net.http.WebSocket.Listener() {})
        .orTimeout(20, TimeUnit.SECONDS)
        .join();
  }

  private WebSocket pushSocket() {
    return sockets.stream().filter(s -> s.url().contains("/VAADIN/push")).findFirst().orElse(null);
  }
}
