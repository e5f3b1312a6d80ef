package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.ConsoleSocketClient.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoApi;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vnc, console and vnc/screenshot subresources of VMIs in the demo API. */
class DemoApiServerConsoleIT {

  @RegisterExtension static final DemoApi demo = DemoApi.seeded(1).simulated();
  private static PowerActionFixture shop;
  private static PowerActionFixture other;

  @BeforeAll
  static void start() {
    shop = new PowerActionFixture(demo.admin(), "shop");
    other = new PowerActionFixture(demo.admin(), "default");
    shop.create("console-01", "runStrategy", "Always");
    shop.create("console-02", "runStrategy", "Always");
    shop.create("console-off", "runStrategy", "Halted");
    other.create("console-9", "runStrategy", "Always");
    shop.awaitPrintable("console-01", "Running");
    shop.awaitPrintable("console-02", "Running");
    other.awaitPrintable("console-9", "Running");
  }

  @Test
  void vncSpeaksRfbOverPlainKubevirtIo() throws Exception {
    try (var vnc =
        ConsoleSocketClient.open(
            demo.server(), DemoUsers.HELPDESK, path("shop", "console-01", "vnc"))) {
      assertThat(vnc.socket.getSubprotocol()).isEqualTo("plain.kubevirt.io");
      await().atMost(Duration.ofSeconds(30)).until(() -> vnc.text().startsWith("RFB 003.008\n"));
    }
  }

  @Test
  void theSerialConsoleLogsInAndAnswersItsHostname() throws Exception {
    try (var serial =
        ConsoleSocketClient.open(
            demo.server(), DemoUsers.HELPDESK, path("shop", "console-02", "console"))) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> serial.text().endsWith("console-02 login: "));
      serial.send("alice\r");
      serial.send("demo\r");
      serial.send("hostname\r");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> serial.text().contains("hostname\r\nconsole-02\r\n"));
    }
  }

  @Test
  void aUserWithoutTheRightIsRefusedBeforeAnySession() {
    assertThatThrownBy(
            () ->
                ConsoleSocketClient.open(
                    demo.server(), DemoUsers.SHOP_OWNER, path("default", "console-9", "vnc")))
        .hasStackTraceContaining("Unexpected HTTP response status code 403");
  }

  @Test
  void aVmThatIsNotRunningHasNoConsole() throws Exception {
    var response =
        demo.users().send(DemoUsers.HELPDESK, "GET", path("shop", "console-off", "vnc"), "");
    assertThat(response.statusCode()).isEqualTo(404);
    other.create("console-starting", "runStrategy", "Halted");
    var vmi = DemoVmis.vmi("default", "console-starting", "Scheduling");
    demo.admin().resource(vmi).create();
    var notRunning =
        demo.users()
            .send(DemoUsers.HELPDESK, "GET", path("default", "console-starting", "console"), "");
    assertThat(notRunning.statusCode()).isEqualTo(400);
    assertThat(notRunning.body()).contains("VMI is not running");
  }

  @Test
  void preserveSessionRefusesAndANewSessionTakesOver() throws Exception {
    String vnc = path("default", "console-9", "vnc");
    try (var first = ConsoleSocketClient.open(demo.server(), DemoUsers.ADMIN, vnc)) {
      assertThatThrownBy(
              () ->
                  ConsoleSocketClient.open(
                      demo.server(), DemoUsers.ADMIN, vnc + "?preserveSession=true"))
          .hasStackTraceContaining("Unexpected HTTP response status code 409");
      try (var second = ConsoleSocketClient.open(demo.server(), DemoUsers.ADMIN, vnc)) {
        assertThat(first.closed.get(30, TimeUnit.SECONDS)).contains("took over");
        assertThat(second.closed).isNotDone();
      }
    }
  }

  @Test
  void theScreenshotIsAPng() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    demo.server().url() + path("shop", "console-01", "vnc/screenshot")))
            .header("Impersonate-User", "helpdesk")
            .header("Impersonate-Group", DemoUsers.HELPDESK_GROUP)
            .build();
    var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.body()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void stoppingTheVmClosesItsConsole() throws Exception {
    shop.create("console-stop", "runStrategy", "Always");
    shop.awaitPrintable("console-stop", "Running");
    try (var serial =
        ConsoleSocketClient.open(
            demo.server(), DemoUsers.HELPDESK, path("shop", "console-stop", "console"))) {
      demo.users()
          .subresource(DemoUsers.HELPDESK, "shop", "virtualmachines", "console-stop", "stop");
      assertThat(serial.closed.get(60, TimeUnit.SECONDS)).isEqualTo("VMI is not running");
    }
  }
}
