package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.api.DemoCrds;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;

/** A mock API server made a demo cluster for the simulator's tests: CRDs, seed, simulator. */
final class SimulatedCluster {

  private SimulatedCluster() {}

  /** Installs the demo CRDs, seeds {@code vms} VMs and starts the simulator at a fast step. */
  static KubeVirtSimulator start(KubernetesClient client, int vms) {
    DemoCrds.ALL.forEach(
        crd ->
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .resource(DemoCrds.toDefinition(crd))
                .create());
    DemoInventory.seed(client, vms);
    KubeVirtSimulator simulator = new KubeVirtSimulator(client, Duration.ofMillis(20));
    simulator.start();
    return simulator;
  }
}
