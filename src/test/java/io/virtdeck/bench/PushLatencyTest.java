package io.virtdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading VirtDeck's push-latency timer from its Prometheus page. */
class PushLatencyTest {

  @Test
  void percentilesAndMaximumAreReadInMilliseconds() {
    String page =
        """
        # HELP virtdeck_push_latency_seconds From a change entering a batch to the UI handling it
        # TYPE virtdeck_push_latency_seconds summary
        virtdeck_push_latency_seconds{application="virtdeck",quantile="0.5"} 0.152
        virtdeck_push_latency_seconds{application="virtdeck",quantile="0.95"} 0.171
        virtdeck_push_latency_seconds{application="virtdeck",quantile="0.99"} 0.2
        virtdeck_push_latency_seconds_count{application="virtdeck"} 1200
        virtdeck_push_latency_seconds_max{application="virtdeck"} 0.25
        """;

    assertThat(PushLatency.describe(page)).isEqualTo("p50 152 / p95 171 / p99 200 / max 250 ms");
  }

  @Test
  void aPageWithoutTheTimerSaysSo() {
    assertThat(PushLatency.describe("jvm_threads_live_threads 42\n")).isEqualTo("no samples");
  }
}
