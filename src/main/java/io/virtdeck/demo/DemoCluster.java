package io.virtdeck.demo;

import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.prometheus.DemoPrometheus;
import io.virtdeck.demo.scale.ChurnGenerator;
import io.virtdeck.demo.scale.ScalePlan;
import io.virtdeck.demo.scale.ScaleSeed;
import io.virtdeck.demo.seed.DemoInventory;
import io.virtdeck.demo.sim.KubeVirtSimulator;
import io.virtdeck.lab.ClusterReset;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo cluster as one unit: the API server, its seed, the simulated controller (standard demo)
 * or the churn generator (scale scenario: the simulator would reconcile tens of thousands of VMs
 * through the mock's slow path, so the churn generator drives the changes instead), and the demo
 * Prometheus with the VMs' performance series and alerts.
 */
public final class DemoCluster implements AutoCloseable, ClusterReset {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCluster.class);

  private final DemoApiServer server;
  private final DemoProperties properties;
  private final Path kubeconfig;
  private @Nullable KubeVirtSimulator simulator;
  private final @Nullable ChurnGenerator churn;
  private final DemoPrometheus prometheus;

  private DemoCluster(
      DemoApiServer server,
      DemoProperties properties,
      Path kubeconfig,
      @Nullable KubeVirtSimulator simulator,
      @Nullable ChurnGenerator churn,
      DemoPrometheus prometheus) {
    this.prometheus = prometheus;
    this.server = server;
    this.properties = properties;
    this.kubeconfig = kubeconfig;
    this.simulator = simulator;
    this.churn = churn;
  }

  /** Starts, seeds and writes the kubeconfig; the simulator or churn generator is running after. */
  public static DemoCluster start(DemoProperties properties) {
    DemoApiServer server = DemoApiServer.start(properties.port());
    KubeVirtSimulator simulator = null;
    ChurnGenerator churn = null;
    try {
      DemoInventory.seed(server.adminClient(), properties.vmCount());
      if (properties.scale() > properties.vmCount()) {
        var plan = ScalePlan.of(properties.scale(), properties.vmCount());
        ScaleSeed.seed(server.bulk(), plan);
        churn = new ChurnGenerator(server.bulk(), plan, properties.churn());
        churn.start();
      } else {
        simulator = new KubeVirtSimulator(server.adminClient(), properties.step());
        simulator.start();
      }
      Path kubeconfig = server.writeKubeconfig(properties.kubeconfig());
      LOG.info(
          "Demo cluster serving at {}; try: kubectl --kubeconfig {} get vm -A",
          server.url(),
          kubeconfig.toAbsolutePath());
      var prometheus = DemoPrometheus.start(server.adminClient(), 0, Clock.systemUTC());
      return new DemoCluster(server, properties, kubeconfig, simulator, churn, prometheus);
    } catch (RuntimeException e) {
      if (churn != null) {
        churn.close();
      }
      if (simulator != null) {
        simulator.close();
      }
      server.close();
      throw e;
    }
  }

  public DemoApiServer server() {
    return server;
  }

  /** The demo's Prometheus-compatible API. */
  public DemoPrometheus prometheus() {
    return prometheus;
  }

  /** Where the kubeconfig for this cluster was written. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /**
   * Back to the seed: the simulator stops, every object but the CRDs and the namespaces default and
   * kube-system is deleted (watchers see each deletion), the standard inventory is seeded again and
   * a new simulator boots its VMs. Not offered with the scale scenario.
   */
  @Override
  public synchronized void reset() {
    if (churn != null) {
      throw new IllegalStateException("The scale scenario cannot be reset");
    }
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
    int deleted =
        server
            .bulk()
            .deleteAll(
                (collection, name) ->
                    collection.endsWith("/customresourcedefinitions")
                        || keptForVirtDeck(collection)
                        || (collection.equals("/api/v1/namespaces")
                            && (name.equals("default") || name.equals("kube-system"))));
    DemoInventory.seed(server.adminClient(), properties.vmCount());
    simulator = new KubeVirtSimulator(server.adminClient(), properties.step());
    simulator.start();
    LOG.info("Demo cluster reset to its seed ({} objects deleted)", deleted);
  }

  /**
   * VirtDeck's own records, not the inventory: its replicas' tasks and Leases outlive a reset, as
   * the Recent Tasks a reset did not start.
   */
  private static boolean keptForVirtDeck(String collection) {
    return collection.startsWith("/apis/virtdeck.io/")
        || collection.startsWith("/apis/coordination.k8s.io/");
  }

  /** Changes made by the churn generator so far (0 without one). */
  public long churned() {
    return churn == null ? 0 : churn.changes();
  }

  @Override
  public synchronized void close() {
    prometheus.close();
    if (churn != null) {
      churn.close();
    }
    if (simulator != null) {
      simulator.close();
    }
    server.close();
  }
}
