package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import io.virtdeck.demo.DemoCluster;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console WebSocket relayed to the demo cluster's console subresources as the user. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.step=100ms"})
class ConsoleRelayIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired DemoCluster demo;
  @Autowired MeterRegistry meters;

  @Test
  void helpdeskGetsTheGuestsRfbHandshakeThroughTheRelay() throws Exception {
    var helpdesk = SignedInClient.signIn(port, "helpdesk");
    var vnc = helpdesk.console("/console-ws/shop/web-01/vnc");
    await().atMost(PATIENCE).until(() -> vnc.text().startsWith("RFB 003.008\n"));
    assertThat(meters.get("virtdeck.consoles.open").gauge().value()).isGreaterThanOrEqualTo(1);
    assertThat(demo.server().receivedRequests())
        .anySatisfy(
            r -> {
              assertThat(r.path())
                  .contains("/virtualmachineinstances/web-01/vnc?preserveSession=true");
              assertThat(r.impersonatedUser()).isEqualTo("helpdesk");
            });
    vnc.socket.sendClose(1000, "done").join();
    assertThat(vnc.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(1000);
  }

  @Test
  void aHeldVncConsoleIsRefusedUntilTakenOverAndItsUserIsToldWhy() throws Exception {
    var helpdesk = SignedInClient.signIn(port, "helpdesk");
    var first = helpdesk.console("/console-ws/shop/web-01/vnc");
    await().atMost(PATIENCE).until(() -> first.text().startsWith("RFB 003.008\n"));

    var admin = SignedInClient.signIn(port, "admin");
    var refused = admin.console("/console-ws/shop/web-01/vnc");
    assertThat(refused.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(4409);
    assertThat(first.closedCode).isNotDone();

    demo.server().clearReceivedRequests();
    var taking = admin.console("/console-ws/shop/web-01/vnc?takeOver=true");
    await().atMost(PATIENCE).until(() -> taking.text().startsWith("RFB 003.008\n"));
    assertThat(first.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(4411);
    assertThat(first.closedReason).isEqualTo("Another user took over this console");
    assertThat(demo.server().receivedRequests())
        .anySatisfy(
            r -> {
              assertThat(r.path()).endsWith("/virtualmachineinstances/web-01/vnc");
              assertThat(r.impersonatedUser()).isEqualTo("admin");
            });
    taking.socket.sendClose(1000, "done").join();
    assertThat(taking.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(1000);
  }

  @Test
  void theSerialConsoleLogsInAndKeysReachTheGuest() throws Exception {
    var helpdesk = SignedInClient.signIn(port, "helpdesk");
    var serial = helpdesk.console("/console-ws/shop/web-01/serial");
    await().atMost(PATIENCE).until(() -> serial.text().endsWith("web-01 login: "));
    serial.send("helpdesk\r");
    serial.send("demo\r");
    serial.send("hostname\r");
    await().atMost(PATIENCE).until(() -> serial.text().contains("hostname\r\nweb-01\r\n"));
    serial.socket.sendClose(1000, "done").join();
  }

  @Test
  void aUserWithoutTheRightIsRefusedBeforeAnythingReachesTheApi() throws Exception {
    var owner = SignedInClient.signIn(port, "shop-owner");
    demo.server().clearReceivedRequests();
    var vnc = owner.console("/console-ws/infra/win-ad-01/vnc");
    assertThat(vnc.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(4403);
    assertThat(demo.server().receivedRequests())
        .noneSatisfy(r -> assertThat(r.path()).contains("/vnc"));
  }

  @Test
  void aPageFromAnotherOriginOrWithoutASessionIsRefused() throws Exception {
    var helpdesk = SignedInClient.signIn(port, "helpdesk");
    assertThatThrownBy(() -> helpdesk.console("/console-ws/shop/web-01/vnc", "http://evil.example"))
        .hasStackTraceContaining("403");
    assertThatThrownBy(() -> SignedInClient.anonymous(port).console("/console-ws/shop/web-01/vnc"))
        .hasStackTraceContaining("Unexpected HTTP response status code");
  }

  @Test
  void aStoppedVmHasNoConsoleAndStoppingAVmClosesItsConsoleWithAReason() throws Exception {
    var admin = SignedInClient.signIn(port, "admin");
    var stopped = admin.console("/console-ws/shop/web-02/serial");
    assertThat(stopped.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(4404);
    assertThat(stopped.closedReason).isEqualTo("The VM is not running");

    var vms =
        demo.server().adminClient().genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");
    vms.inNamespace("shop")
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("kubevirt.io/v1")
                .withKind("VirtualMachine")
                .withNewMetadata()
                .withNamespace("shop")
                .withName("console-it")
                .endMetadata()
                .addToAdditionalProperties(
                    "spec", Map.of("runStrategy", "Always", "template", Map.of("spec", Map.of())))
                .build())
        .create();
    var vmis =
        demo.server()
            .adminClient()
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachineInstance");
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              var vmi = vmis.inNamespace("shop").withName("console-it").get();
              return vmi != null
                  && vmi.getAdditionalProperties().get("status") instanceof Map<?, ?> s
                  && "Running".equals(s.get("phase"));
            });
    var serial = admin.console("/console-ws/shop/console-it/serial");
    await().atMost(PATIENCE).until(() -> serial.text().endsWith("console-it login: "));
    vms.inNamespace("shop")
        .withName("console-it")
        .edit(
            vm -> {
              ((Map<String, Object>) vm.getAdditionalProperties().get("spec"))
                  .put("runStrategy", "Halted");
              return vm;
            });
    assertThat(serial.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(4410);
    assertThat(serial.closedReason).isEqualTo("The VM was powered off");
  }
}
