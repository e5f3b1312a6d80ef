package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** Changes are batched, and each batch knows how long ago its first change arrived. */
class LiveUpdatesTest {

  @Test
  void burstBecomesOneBatchWhoseLatencyIsRecorded() {
    List<LiveUpdates.Batch<String>> batches =
        LiveUpdates.batches(Flux.just("a", "b", "c")).collectList().block();

    assertThat(batches)
        .singleElement()
        .satisfies(b -> assertThat(b.changes()).containsExactly("a", "b", "c"));
    Timer timer = Timer.builder(LiveUpdates.PUSH_LATENCY).register(new SimpleMeterRegistry());
    batches.getFirst().recordLatency(timer);
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
  }

  @Test
  void aChangeSeenManyTimesInOneWindowIsHandedOverOnce() {
    List<LiveUpdates.Batch<String>> batches =
        LiveUpdates.batches(Flux.just("vm-1", "vm-2", "vm-1", "vm-1", "vm-2"))
            .collectList()
            .block();

    assertThat(batches)
        .singleElement()
        .satisfies(b -> assertThat(b.changes()).containsExactly("vm-1", "vm-2"));
  }

  @Test
  void batchesArrivingWhileTheUiIsBusyJoinTheOneWaitingUpdate() {
    PendingUpdate<String> pending = new PendingUpdate<>();

    assertThat(pending.add(new LiveUpdates.Batch<>(10, List.of("vm-1", "vm-2")))).isTrue();
    assertThat(pending.add(new LiveUpdates.Batch<>(20, List.of("vm-2", "vm-3")))).isFalse();
    assertThat(pending.add(new LiveUpdates.Batch<>(30, List.of("vm-1")))).isFalse();

    assertThat(pending.drain())
        .hasValueSatisfying(
            merged -> {
              assertThat(merged.changes()).containsExactly("vm-1", "vm-2", "vm-3");
              assertThat(merged.firstNanos()).isEqualTo(10);
            });
    assertThat(pending.drain()).isEmpty();
    assertThat(pending.add(new LiveUpdates.Batch<>(40, List.of("vm-4")))).isTrue();
  }
}
