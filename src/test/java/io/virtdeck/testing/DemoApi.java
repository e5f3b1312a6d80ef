package io.virtdeck.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoInventory;
import io.virtdeck.demo.sim.KubeVirtSimulator;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A demo API server for an integration test, started and closed by JUnit: in a {@code static} field
 * one server for the class ({@code @RegisterExtension static final DemoApi demo =
 * DemoApi.seeded(1).simulated();}), in an instance field a fresh one for each test. Optionally
 * seeded with the demo inventory and run by the simulated KubeVirt controllers; {@link #users()}
 * acts as the demo users. The class's own {@code @BeforeAll} methods run after it has started.
 */
public final class DemoApi
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  /** How often the simulated controllers step: fast, so that VMs boot within a test's patience. */
  public static final Duration SIMULATOR_STEP = Duration.ofMillis(50);

  private final int seededVms;
  private boolean simulate;
  private boolean perTest;
  private int port;
  private @Nullable DemoApiServer server;
  private @Nullable KubeVirtSimulator simulator;
  private @Nullable ImpersonatingClients users;

  private DemoApi(int seededVms) {
    this.seededVms = seededVms;
  }

  /** An API server with only what it installs itself (CRDs, RBAC of the demo users). */
  public static DemoApi empty() {
    return new DemoApi(-1);
  }

  /** An API server seeded with the demo inventory of {@code vms} VMs (nodes, folders, disks...). */
  public static DemoApi seeded(int vms) {
    return new DemoApi(vms);
  }

  /** With the simulated KubeVirt, CDI and snapshot controllers running. */
  public DemoApi simulated() {
    simulate = true;
    return this;
  }

  public DemoApiServer server() {
    if (server == null) {
      throw new IllegalStateException("the demo API server runs only during the tests");
    }
    return server;
  }

  /** The server's client with every right (no impersonation). */
  public KubernetesClient admin() {
    return server().adminClient();
  }

  /** Clients and raw requests acting as the demo users, closed with the server. */
  public synchronized ImpersonatingClients users() {
    if (users == null) {
      users = new ImpersonatingClients(server());
    }
    return users;
  }

  /** Writes a kubeconfig for the server (for kubectl) into {@code file}. */
  public Path kubeconfig(Path file) {
    return server().writeKubeconfig(file);
  }

  /** Stops the server, as an API server that goes away; its objects go with it. */
  public void stopServer() {
    stop();
  }

  /** Starts the server again on the port it had: a restarted API server, as seeded at first. */
  public void startAgain() {
    if (server != null) {
      throw new IllegalStateException("the demo API server still runs");
    }
    start(port);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true; // an instance field: JUnit registers it after the class-level callbacks
      start(0);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  private void start(int onPort) {
    DemoApiServer started = DemoApiServer.start(onPort);
    server = started;
    port = started.port();
    if (seededVms >= 0) {
      DemoInventory.seed(started.adminClient(), seededVms);
    }
    if (simulate) {
      KubeVirtSimulator sim = new KubeVirtSimulator(started.adminClient(), SIMULATOR_STEP);
      sim.start();
      simulator = sim;
    }
  }

  private synchronized void stop() {
    if (users != null) {
      users.close();
      users = null;
    }
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
