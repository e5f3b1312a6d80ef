package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.DemoCrds;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;

/** Seeds a large inventory and lets the simulator boot it; run with -Dvirtdeck.bench.vms=5000. */
@EnabledIfSystemProperty(named = "virtdeck.bench.vms", matches = "\\d+")
@EnableKubernetesMockClient(crud = true)
class ScaleBenchmark {

  static KubernetesClient client;

  @Test
  void seedsAndBootsLargeInventory() {
    int count = Integer.getInteger("virtdeck.bench.vms");
    var log = LoggerFactory.getLogger(ScaleBenchmark.class);
    DemoCrds.ALL.forEach(
        crd ->
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .resource(DemoCrds.toDefinition(crd))
                .create());
    long start = System.nanoTime();
    DemoInventory.seed(client, count);
    long seeded = System.nanoTime();
    log.warn("BENCH seeding {} VMs took {} ms", count, (seeded - start) / 1_000_000);
    assertThat(Api.op(client, Api.VM).inAnyNamespace().list().getItems()).hasSize(count);
    try (var simulator = new KubeVirtSimulator(client, Duration.ofMillis(20))) {
      simulator.start();
      await()
          .atMost(Duration.ofMinutes(10))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () ->
                  assertThat(
                          Api.op(client, Api.VMI).inAnyNamespace().list().getItems().stream()
                              .filter(vmi -> "Running".equals(Api.get(vmi, "status", "phase")))
                              .count())
                      .isEqualTo(
                          Api.op(client, Api.VM).inAnyNamespace().list().getItems().stream()
                                  .filter(vm -> "Always".equals(Api.get(vm, "spec", "runStrategy")))
                                  .count()
                              - 1));
      log.warn(
          "BENCH simulator converged {} VMs in {} ms",
          count,
          (System.nanoTime() - seeded) / 1_000_000);
    }
  }
}
