package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.PowerActionFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** start, stop and restart of VMs through the demo API, with the simulator running. */
class DemoApiServerPowerActionsIT {

  private static final String VM = "virtualmachines";
  @RegisterExtension static final DemoApi demo = DemoApi.seeded(1).simulated();
  private static PowerActionFixture shop;

  @BeforeAll
  static void start() {
    shop = new PowerActionFixture(demo.admin(), "shop");
  }

  static Status status(HttpResponse<String> response) {
    return Serialization.unmarshal(response.body(), Status.class);
  }

  private static HttpResponse<String> act(String name, String action, String body)
      throws Exception {
    return demo.users().subresource(DemoUsers.HELPDESK, "shop", VM, name, action, body);
  }

  @Test
  void gracefulStopPassesThroughStoppingAndStartBootsAgain() throws Exception {
    shop.create("power-01", "runStrategy", "Always");
    shop.awaitPrintable("power-01", "Running");
    List<String> history = shop.history("power-01");

    var stop = act("power-01", "stop", "{}");
    assertThat(stop.statusCode()).isEqualTo(202);
    assertThat(stop.body()).isEmpty();
    shop.awaitPrintable("power-01", "Stopped");
    assertThat(shop.vmi("power-01")).isNull();
    assertThat(history).containsSubsequence("Stopping", "Stopped");
    var vm = shop.vm("power-01");
    assertThat(at(vm, "spec", "runStrategy")).isEqualTo("Halted");
    assertThat(at(vm, "spec", "template", "metadata", "labels", "app")).isEqualTo("power-01");

    var again = act("power-01", "stop", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(status(again).getReason()).isEqualTo("Conflict");
    assertThat(status(again).getMessage())
        .isEqualTo(
            "Operation cannot be fulfilled on virtualmachine.kubevirt.io \"power-01\": VM is not running");

    assertThat(act("power-01", "start", "").statusCode()).isEqualTo(202);
    shop.awaitPrintable("power-01", "Running");
    assertThat(at(shop.vm("power-01"), "spec", "runStrategy")).isEqualTo("Always");
    var running = act("power-01", "start", "");
    assertThat(running.statusCode()).isEqualTo(409);
    assertThat(status(running).getMessage()).endsWith(": VM is already running");
  }

  @Test
  void forcedStopRemovesTheVmiAtOnce() throws Exception {
    shop.create("power-02", "runStrategy", "Always");
    shop.awaitPrintable("power-02", "Running");
    assertThat(act("power-02", "stop", "{\"gracePeriod\":0}").statusCode()).isEqualTo(202);
    assertThat(shop.vmi("power-02")).isNull();
    shop.awaitPrintable("power-02", "Stopped");
  }

  @Test
  void restartReplacesTheVmi() throws Exception {
    shop.create("power-03", "runStrategy", "Always");
    shop.awaitPrintable("power-03", "Running");
    String uid = shop.vmi("power-03").getMetadata().getUid();
    List<String> history = shop.history("power-03");

    assertThat(act("power-03", "restart", "{\"gracePeriodSeconds\":0}").statusCode())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var vmi = shop.vmi("power-03");
              assertThat(vmi).isNotNull();
              assertThat(vmi.getMetadata().getUid()).isNotEqualTo(uid);
              assertThat(at(vmi, "status", "phase")).isEqualTo("Running");
            });
    shop.awaitPrintable("power-03", "Running");
    assertThat(history).containsSubsequence("Starting", "Running");
    assertThat(at(shop.vm("power-03"), "spec", "runStrategy")).isEqualTo("Always");
  }

  @Test
  void restartOfAStoppedVmIsAConflict() throws Exception {
    shop.create("power-04", "runStrategy", "Halted");
    shop.awaitPrintable("power-04", "Stopped");
    var response = act("power-04", "restart", "");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(status(response).getMessage()).endsWith("\"power-04\": VM is not running");
  }

  @Test
  void legacyRunningFieldIsReplacedByRunStrategy() throws Exception {
    shop.create("power-05", "running", true);
    shop.awaitPrintable("power-05", "Running");
    assertThat(act("power-05", "stop", "").statusCode()).isEqualTo(202);
    shop.awaitPrintable("power-05", "Stopped");
    Map<String, Object> spec = shop.vm("power-05").get("spec");
    assertThat(spec).containsEntry("runStrategy", "Halted").doesNotContainKey("running");
  }

  @Test
  void missingVmIsNotFound() throws Exception {
    var response = act("nope", "stop", "");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(status(response).getReason()).isEqualTo("NotFound");
    assertThat(status(response).getMessage())
        .isEqualTo("virtualmachine.kubevirt.io \"nope\" not found");
  }

  @Test
  void userWithoutTheSubresourceVerbIsRefused() throws Exception {
    shop.create("power-06", "runStrategy", "Halted");
    var response =
        demo.users().subresource(DemoUsers.SHOP_OWNER, "finance", VM, "power-06", "start", "");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(status(response).getMessage())
        .isEqualTo(
            "virtualmachines.subresources.kubevirt.io \"power-06\" is forbidden: User \"shop-owner\""
                + " cannot update resource \"virtualmachines/start\" in API group"
                + " \"subresources.kubevirt.io\" in the namespace \"finance\"");
    assertThat(at(shop.vm("power-06"), "spec", "runStrategy")).isEqualTo("Halted");
  }
}
