package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The events virt-api and the simulator record for power actions through the demo API. */
class DemoApiServerEventsIT {

  private static final String VM = "virtualmachines";
  private static final String VMI = "virtualmachineinstances";
  @RegisterExtension static final DemoApi demo = DemoApi.seeded(1).simulated();
  private static PowerActionFixture shop;

  @BeforeAll
  static void start() {
    shop = new PowerActionFixture(demo.admin(), "shop");
  }

  private static List<Event> events(String kind, String name, String reason) {
    return demo.admin().v1().events().inNamespace("shop").list().getItems().stream()
        .filter(e -> kind.equals(e.getInvolvedObject().getKind()))
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .filter(e -> reason.equals(e.getReason()))
        .toList();
  }

  /** Awaits {@code count} events with that reason on the object; the last one. */
  private static Event awaitEvent(String kind, String name, String reason, int count) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> events(kind, name, reason), found -> found.size() == count)
        .getLast();
  }

  private static void assertVirtApi(Event event, String kind, String name, String message) {
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getSource().getComponent()).isEqualTo("virt-api");
    assertThat(event.getReportingComponent()).isEqualTo("virt-api");
    assertThat(event.getMessage()).isEqualTo(message);
    assertThat(event.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(event.getMetadata().getName()).matches(name + "\\.[0-9a-f]+");
    var involved = event.getInvolvedObject();
    assertThat(involved.getKind()).isEqualTo(kind);
    assertThat(involved.getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(involved.getNamespace()).isEqualTo("shop");
    assertThat(involved.getUid()).isNotBlank();
    assertThat(event.getCount()).isEqualTo(1);
  }

  @Test
  void stopAndStartRecordTheRequestAndTheSimulatorsEvents() throws Exception {
    shop.create("events-01", "runStrategy", "Always");
    shop.awaitPrintable("events-01", "Running");
    String uid = shop.vmi("events-01").getMetadata().getUid();

    assertThat(
            demo.users()
                .subresource(DemoUsers.HELPDESK, "shop", VM, "events-01", "stop")
                .statusCode())
        .isEqualTo(202);
    var stop = awaitEvent("VirtualMachine", "events-01", "StopRequested", 1);
    assertVirtApi(
        stop,
        "VirtualMachine",
        "events-01",
        "Stop requested by helpdesk: graceful, grace period 180s");
    assertThat(stop.getInvolvedObject().getUid())
        .isEqualTo(shop.vm("events-01").getMetadata().getUid());
    var stopped = awaitEvent("VirtualMachineInstance", "events-01", "Stopped", 1);
    assertThat(stopped.getInvolvedObject().getUid()).isEqualTo(uid);
    awaitEvent("VirtualMachine", "events-01", "SuccessfulDelete", 1);
    shop.awaitPrintable("events-01", "Stopped");

    var conflict = demo.users().subresource(DemoUsers.HELPDESK, "shop", VM, "events-01", "stop");
    assertThat(conflict.statusCode()).isEqualTo(409);

    assertThat(demo.users().subresource(null, "shop", VM, "events-01", "start").statusCode())
        .isEqualTo(202);
    var start = awaitEvent("VirtualMachine", "events-01", "StartRequested", 1);
    assertVirtApi(start, "VirtualMachine", "events-01", "Start requested");
    awaitEvent("VirtualMachine", "events-01", "SuccessfulCreate", 2);
    awaitEvent("VirtualMachineInstance", "events-01", "Started", 2);
    assertThat(events("VirtualMachine", "events-01", "StopRequested")).hasSize(1);
  }

  @Test
  void forcedStopSaysSo() throws Exception {
    shop.create("events-02", "runStrategy", "Always");
    shop.awaitPrintable("events-02", "Running");
    var response =
        demo.users()
            .subresource(
                DemoUsers.HELPDESK, "shop", VM, "events-02", "stop", "{\"gracePeriod\":0}");
    assertThat(response.statusCode()).isEqualTo(202);
    assertVirtApi(
        awaitEvent("VirtualMachine", "events-02", "StopRequested", 1),
        "VirtualMachine",
        "events-02",
        "Stop requested by helpdesk: forced, grace period 0s");
    awaitEvent("VirtualMachineInstance", "events-02", "Stopped", 1);
  }

  @Test
  void restartIsRecordedAndTheNewVmiStarts() throws Exception {
    shop.create("events-03", "runStrategy", "Always");
    shop.awaitPrintable("events-03", "Running");
    awaitEvent("VirtualMachineInstance", "events-03", "Started", 1);

    assertThat(
            demo.users()
                .subresource(
                    DemoUsers.HELPDESK,
                    "shop",
                    VM,
                    "events-03",
                    "restart",
                    "{\"gracePeriodSeconds\":0}")
                .statusCode())
        .isEqualTo(202);
    assertVirtApi(
        awaitEvent("VirtualMachine", "events-03", "RestartRequested", 1),
        "VirtualMachine",
        "events-03",
        "Restart requested by helpdesk: forced, grace period 0s");
    awaitEvent("VirtualMachineInstance", "events-03", "Stopped", 1);
    awaitEvent("VirtualMachineInstance", "events-03", "Scheduled", 2);
    awaitEvent("VirtualMachineInstance", "events-03", "Started", 2);
  }

  @Test
  void pauseAndUnpauseAreRecordedOnTheVmi() throws Exception {
    shop.create("events-04", "runStrategy", "Always");
    shop.awaitPrintable("events-04", "Running");

    assertThat(
            demo.users()
                .subresource(DemoUsers.OPERATOR, "shop", VMI, "events-04", "pause")
                .statusCode())
        .isEqualTo(202);
    String operator = DemoUsers.OPERATOR.username();
    assertVirtApi(
        awaitEvent("VirtualMachineInstance", "events-04", "PauseRequested", 1),
        "VirtualMachineInstance",
        "events-04",
        "Pause requested by " + operator);
    var paused = awaitEvent("VirtualMachineInstance", "events-04", "Paused", 1);
    assertThat(paused.getSource().getComponent()).isEqualTo("virt-handler");
    assertThat(paused.getMessage()).isEqualTo("VirtualMachineInstance paused.");

    assertThat(
            demo.users()
                .subresource(DemoUsers.OPERATOR, "shop", VMI, "events-04", "unpause")
                .statusCode())
        .isEqualTo(202);
    assertVirtApi(
        awaitEvent("VirtualMachineInstance", "events-04", "UnpauseRequested", 1),
        "VirtualMachineInstance",
        "events-04",
        "Unpause requested by " + operator);
    assertThat(awaitEvent("VirtualMachineInstance", "events-04", "Unpaused", 1).getMessage())
        .isEqualTo("VirtualMachineInstance unpaused.");
  }

  @Test
  void unschedulableVmGetsTheSchedulersWarning() {
    var failed =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    demo.admin().v1().events().inNamespace("dev").list().getItems().stream()
                        .filter(e -> "FailedScheduling".equals(e.getReason()))
                        .toList(),
                found -> found.size() == 1)
            .getFirst();
    assertThat(failed.getType()).isEqualTo("Warning");
    assertThat(failed.getSource().getComponent()).isEqualTo("default-scheduler");
    assertThat(failed.getInvolvedObject().getKind()).isEqualTo("VirtualMachineInstance");
    assertThat(failed.getInvolvedObject().getName()).isEqualTo("analytics-xl-01");
    assertThat(failed.getMessage()).isEqualTo("0/4 nodes are available: 4 Insufficient memory.");
  }
}
