package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.DemoCluster;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Console thumbnails from the demo cluster's vnc/screenshot subresource, as the user. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.step=100ms"})
class ConsoleThumbnailsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final UserIdentity HELPDESK =
      UserIdentity.of("helpdesk", List.of("virtdeck:helpdesk"));
  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", List.of("shop:owners"));

  @Autowired ConsoleThumbnails thumbnails;
  @Autowired DemoCluster demo;

  @Test
  void helpdeskGetsTheScreenOfARunningVmAsAPngFetchedAsHelpdesk() {
    ResourceKey web = new ResourceKey("shop", "web-01");
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                thumbnails
                    .screenshot(HELPDESK, web)
                    .map(shot -> shot.status() == Screenshot.Status.SHOWN)
                    .orElse(false));
    byte[] png = thumbnails.screenshot(HELPDESK, web).orElseThrow().png();
    assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
    assertThat(demo.server().receivedRequests())
        .anySatisfy(
            r -> {
              assertThat(r.path()).endsWith("/virtualmachineinstances/web-01/vnc/screenshot");
              assertThat(r.impersonatedUser()).isEqualTo("helpdesk");
            });
  }

  @Test
  void aUserWithoutTheRightGetsNoImageAndNothingIsAskedOfTheApi() {
    ResourceKey windows = new ResourceKey("infra", "win-ad-01");
    demo.server().clearReceivedRequests();
    assertThat(thumbnails.permitted(SHOP_OWNER, windows)).isFalse();
    assertThat(thumbnails.screenshot(SHOP_OWNER, windows)).isEmpty();
    assertThat(demo.server().receivedRequests())
        .noneSatisfy(r -> assertThat(r.path()).contains("/vnc/screenshot"));
  }

  @Test
  void aStoppedVmHasNoScreen() {
    assertThat(thumbnails.screenshot(HELPDESK, new ResourceKey("shop", "web-02")))
        .hasValueSatisfying(
            shot -> assertThat(shot.status()).isEqualTo(Screenshot.Status.NOT_RUNNING));
  }
}
