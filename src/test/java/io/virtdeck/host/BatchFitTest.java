package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFitTest {

  private static HostRow row(String name, int cpus, int memoryGi) {
    return HostRows.of(HostFixtures.node(name, cpus, memoryGi, true, false), List.of());
  }

  @Test
  void vmsThatFitAloneMayNotFitTogether() {
    var node = HostFixtures.node("worker-02", 8, 10, true, false);
    var host = row("worker-02", 8, 10); // 8 GiB allocatable
    var web = HostFixtures.vmi("web-01", "worker-01", 2, "4Gi");
    var db = HostFixtures.vmi("db-01", "worker-03", 2, "6Gi");

    var alone = BatchFit.of(node, host, List.of(db));
    var together = BatchFit.of(node, host, List.of(web, db));

    assertThat(alone.fits()).isTrue();
    assertThat(together.fits()).isFalse();
    assertThat(together.perVm().values()).allMatch(List::isEmpty);
    assertThat(together.together())
        .containsExactly(Message.of("host.fit.together-memory", "2", "10 GiB", "8 GiB"));
  }

  @Test
  void aVmAlreadyOnTheHostStaysAndTheOthersAreJudgedAlone() {
    var node = HostFixtures.node("worker-01", 32, 256, true, false);
    var host = row("worker-01", 32, 256);
    var here = HostFixtures.vmi("web-01", "worker-01", 2, "4Gi");
    var there = HostFixtures.vmi("db-01", "worker-03", 2, "300Gi");

    var fit = BatchFit.of(node, host, List.of(here, there));

    assertThat(fit.staying()).containsExactly(new ResourceKey("shop", "web-01"));
    assertThat(fit.moving()).containsExactly(new ResourceKey("shop", "db-01"));
    assertThat(fit.perVm().get(new ResourceKey("shop", "db-01")))
        .extracting(Message::key)
        .containsExactly("host.fit.memory");
    assertThat(fit.fits()).isFalse();
  }

  @Test
  void aHostAllTheVmsAlreadyRunOnTakesNothing() {
    var node = HostFixtures.node("worker-01", 32, 256, true, false);
    var fit =
        BatchFit.of(
            node,
            row("worker-01", 32, 256),
            List.of(HostFixtures.vmi("web-01", "worker-01", 2, "4Gi")));
    assertThat(fit.fits()).isFalse();
    assertThat(fit.together()).containsExactly(Message.of("host.fit.current"));
  }
}
