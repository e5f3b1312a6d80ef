package io.virtdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoWarmUpTest {

  @Test
  void readsTheContinueTokenOfAPage() {
    String page =
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"7\","
            + "\"continue\":\"MTc6ZGV2L2E\",\"remainingItemCount\":3},\"items\":[{}]}";

    assertThat(DemoWarmUp.continueToken(page.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("MTc6ZGV2L2E");
  }

  @Test
  void theLastPageHasNoToken() {
    String page =
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"7\"},"
            + "\"items\":[{\"spec\":{\"continue\":\"an item's field, not the list's\"}}]}";

    assertThat(DemoWarmUp.continueToken(page.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
