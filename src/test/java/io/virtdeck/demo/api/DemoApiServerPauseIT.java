package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.DemoApiServerPowerActionsIT.status;
import static io.virtdeck.demo.api.PowerActionFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** pause and unpause of VMIs through the demo API, with the simulator running. */
class DemoApiServerPauseIT {

  private static final String VMI = "virtualmachineinstances";
  @RegisterExtension static final DemoApi demo = DemoApi.seeded(1).simulated();
  private static PowerActionFixture shop;

  @BeforeAll
  static void start() {
    shop = new PowerActionFixture(demo.admin(), "shop");
    shop.create("pause-01", "runStrategy", "Always");
    shop.awaitPrintable("pause-01", "Running");
  }

  private static HttpResponse<String> act(
      DemoUsers.DemoUser user, String ns, String name, String action) throws Exception {
    return demo.users().subresource(user, ns, VMI, name, action);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> conditions(String name) {
    return (List<Map<String, Object>>) at(shop.vmi(name), "status", "conditions");
  }

  @Test
  void pauseAndUnpause() throws Exception {
    assertThat(act(DemoUsers.OPERATOR, "shop", "pause-01", "pause").statusCode()).isEqualTo(202);
    assertThat(conditions("pause-01"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .containsEntry("type", "Paused")
                    .containsEntry("status", "True")
                    .containsEntry("reason", "PausedByUser"));
    shop.awaitPrintable("pause-01", "Paused");
    var again = act(DemoUsers.OPERATOR, "shop", "pause-01", "pause");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(status(again).getMessage())
        .isEqualTo(
            "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"pause-01\": VMI is"
                + " already paused");

    assertThat(act(DemoUsers.SHOP_OWNER, "shop", "pause-01", "unpause").statusCode())
        .isEqualTo(202);
    assertThat(conditions("pause-01")).noneMatch(c -> "Paused".equals(c.get("type")));
    shop.awaitPrintable("pause-01", "Running");
    var notPaused = act(DemoUsers.OPERATOR, "shop", "pause-01", "unpause");
    assertThat(notPaused.statusCode()).isEqualTo(409);
    assertThat(status(notPaused).getMessage()).endsWith(": VMI is not paused");
    assertThat(conditions("pause-01")).extracting(c -> c.get("type")).contains("Ready");
  }

  @Test
  void pausingAVmiThatIsNotRunningIsAConflict() throws Exception {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                at(
                        new PowerActionFixture(demo.admin(), "dev").vmi("analytics-xl-01"),
                        "status",
                        "phase")
                    != null);
    var response = act(DemoUsers.ADMIN, "dev", "analytics-xl-01", "pause");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(status(response).getMessage()).endsWith(": VMI is not running");
  }

  @Test
  void missingVmiIsNotFound() throws Exception {
    var response = act(DemoUsers.ADMIN, "shop", "nope", "pause");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(status(response).getMessage())
        .isEqualTo("virtualmachineinstance.kubevirt.io \"nope\" not found");
  }

  @Test
  void helpdeskMayNotPause() throws Exception {
    var response = act(DemoUsers.HELPDESK, "shop", "pause-01", "pause");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(status(response).getReason()).isEqualTo("Forbidden");
    assertThat(status(response).getMessage())
        .isEqualTo(
            "virtualmachineinstances.subresources.kubevirt.io \"pause-01\" is forbidden: User"
                + " \"helpdesk\" cannot update resource \"virtualmachineinstances/pause\" in API group"
                + " \"subresources.kubevirt.io\" in the namespace \"shop\"");
  }
}
