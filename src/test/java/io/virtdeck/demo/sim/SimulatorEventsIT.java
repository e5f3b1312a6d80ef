package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events the simulated virt-controller, virt-handler and scheduler record. */
@EnableKubernetesMockClient(crud = true)
class SimulatorEventsIT {

  static KubernetesClient client;
  static KubeVirtSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SimulatedCluster.start(client, 3);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  /** Awaits exactly one event with that reason on the object, and returns it. */
  static Event awaitEvent(
      KubernetesClient client, String ns, String kind, String name, String reason) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> events(client, ns, kind, name, reason), found -> found.size() == 1)
        .getFirst();
  }

  static List<Event> events(
      KubernetesClient client, String ns, String kind, String name, String reason) {
    return client.v1().events().inNamespace(ns).list().getItems().stream()
        .filter(e -> kind.equals(e.getInvolvedObject().getKind()))
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .filter(e -> reason.equals(e.getReason()))
        .toList();
  }

  private static void assertEvent(Event event, String type, String component, String message) {
    assertThat(event.getType()).isEqualTo(type);
    assertThat(event.getSource().getComponent()).isEqualTo(component);
    assertThat(event.getReportingComponent()).isEqualTo(component);
    assertThat(event.getMessage()).matches(message);
    assertThat(event.getInvolvedObject().getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(event.getInvolvedObject().getUid()).isNotBlank();
    assertThat(event.getCount()).isEqualTo(1);
  }

  @Test
  void bootRecordsCreateScheduledAndStarted() {
    var created = awaitEvent(client, "shop", "VirtualMachine", "web-01", "SuccessfulCreate");
    assertEvent(
        created,
        "Normal",
        "virt-controller",
        "Started the virtual machine by creating the new virtual machine instance web-01");
    var scheduled = awaitEvent(client, "shop", "VirtualMachineInstance", "web-01", "Scheduled");
    assertEvent(
        scheduled,
        "Normal",
        "default-scheduler",
        "Successfully assigned shop/virt-launcher-web-01-[bcdfghjklmnpqrstvwxz2456789]{5}"
            + " to worker-0\\d");
    var started = awaitEvent(client, "shop", "VirtualMachineInstance", "web-01", "Started");
    assertEvent(started, "Normal", "virt-handler", "VirtualMachineInstance started\\.");
    assertThat(started.getSource().getHost()).startsWith("worker-0");
  }

  @Test
  void unschedulableVmGetsAWarning() {
    var failed =
        awaitEvent(client, "dev", "VirtualMachineInstance", "analytics-xl-01", "FailedScheduling");
    assertEvent(
        failed,
        "Warning",
        "default-scheduler",
        "0/4 nodes are available: 4 Insufficient memory\\.");
  }

  @Test
  void haltRecordsDeleteAndStopped() {
    awaitEvent(client, "shop", "VirtualMachineInstance", "app-01", "Started");
    String uid =
        Api.op(client, Api.VMI).inNamespace("shop").withName("app-01").get().getMetadata().getUid();
    Api.op(client, Api.VM)
        .inNamespace("shop")
        .withName("app-01")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"runStrategy\":\"Halted\"}}");

    var deleted = awaitEvent(client, "shop", "VirtualMachine", "app-01", "SuccessfulDelete");
    assertEvent(
        deleted,
        "Normal",
        "virt-controller",
        "Stopped the virtual machine by deleting the virtual machine instance " + uid);
    var stopped = awaitEvent(client, "shop", "VirtualMachineInstance", "app-01", "Stopped");
    assertEvent(stopped, "Normal", "virt-handler", "The VirtualMachineInstance was shut down\\.");
    assertThat(stopped.getInvolvedObject().getUid()).isEqualTo(uid);
  }
}
