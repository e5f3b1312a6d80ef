package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.ConfiguredLogLevels;
import io.virtdeck.testing.DemoApi;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.TcpProxy;
import io.virtdeck.testing.TestCaches;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * After any gap in the watches the caches hold exactly the objects the API server has: objects
 * deleted while the link was cut, or missing from a restarted server, are gone and reported as
 * deleted, whether or not the server replays the deletion or answers 410 Gone.
 */
class WatchGapIT {

  private static final ResourceKey KEPT = new ResourceKey("default", "kept");
  private static final ResourceKey GONE = new ResourceKey("default", "gone");

  @RegisterExtension final DemoApi demo = DemoApi.empty();
  private KubernetesClient client;
  private ClusterCaches caches;
  private final List<ResourceEvent<?>> seen = new CopyOnWriteArrayList<>();
  private Disposable subscription;

  @BeforeEach
  void start() {
    createVm(KEPT);
    createVm(GONE);
  }

  @AfterEach
  void stop() {
    if (subscription != null) {
      subscription.dispose();
    }
    if (caches != null) {
      caches.destroy();
    }
    if (client != null) {
      client.close();
    }
  }

  @Test
  void objectsDeletedWhileTheLinkWasCutDisappearOnceItIsBack() throws Exception {
    try (TcpProxy proxy = new TcpProxy(demo.server().port())) {
      startCaches(proxy.url());

      proxy.cut();
      await().atMost(Duration.ofSeconds(20)).until(() -> caches.lostContactSince().isPresent());
      demo.admin()
          .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
          .inNamespace("default")
          .withName("gone")
          .delete();
      proxy.restore();

      awaitExactlyTheServersObjects();
    }
  }

  @Test
  void objectsMissingFromARestartedServerDisappear() {
    startCaches(demo.server().url());

    demo.stopServer();
    await().atMost(Duration.ofSeconds(20)).until(() -> caches.lostContactSince().isPresent());
    demo.startAgain();
    createVm(KEPT);

    awaitExactlyTheServersObjects();
  }

  @Test
  void aLostWatchIsCountedAndLoggedOncePerKindWithoutStackTraces() throws Exception {
    ConfiguredLogLevels.apply();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    try (TcpProxy proxy = new TcpProxy(demo.server().port())) {
      startCaches(proxy.url());
      long before = caches.retries().get("VirtualMachine");

      proxy.cut();
      await().atMost(Duration.ofSeconds(20)).until(() -> caches.lostContactSince().isPresent());
      proxy.restore();
      await().atMost(Duration.ofSeconds(30)).until(() -> caches.lostContactSince().isEmpty());

      assertThat(caches.retries().get("VirtualMachine")).isGreaterThan(before);
      assertThat(logs.list)
          .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
          .filteredOn(e -> e.getLoggerName().startsWith("io.fabric8"))
          .allMatch(e -> e.getThrowableProxy() == null, "fabric8 logs no stack trace at INFO+");
      assertThat(logs.list)
          .filteredOn(e -> e.getFormattedMessage().startsWith("VirtualMachine lost its watch"))
          .hasSize(1);
    } finally {
      root.detachAppender(logs);
    }
  }

  private void awaitExactlyTheServersObjects() {
    await()
        .atMost(Duration.ofSeconds(35))
        .untilAsserted(
            () -> {
              assertThat(caches.virtualMachines().get(GONE)).isEmpty();
              assertThat(caches.virtualMachines().get(KEPT)).isPresent();
              assertThat(caches.virtualMachines().list())
                  .map(vm -> vm.getMetadata().getName())
                  .containsExactlyInAnyOrderElementsOf(
                      demo
                          .admin()
                          .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
                          .inAnyNamespace()
                          .list()
                          .getItems()
                          .stream()
                          .map(vm -> vm.getMetadata().getName())
                          .toList());
            });
    await()
        .untilAsserted(
            () ->
                assertThat(seen)
                    .filteredOn(e -> e.key().equals(GONE))
                    .last()
                    .isInstanceOf(ResourceEvent.Deleted.class));
    await().atMost(Duration.ofSeconds(30)).until(() -> caches.lostContactSince().isEmpty());
  }

  private void startCaches(String url) {
    client = TestCaches.quickClient(url);
    caches = TestCaches.synced(client);
    subscription = caches.virtualMachines().changes().subscribe(seen::add);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> caches.states().stream().allMatch(s -> s.status() == CacheState.Status.SYNCED));
    // the monitor has seen the watches run: a cut from now on is a gap it notices
    await().atMost(Duration.ofSeconds(10)).until(caches::watchesSeen);
    assertThat(caches.virtualMachines().get(GONE)).isPresent();
  }

  private void createVm(ResourceKey key) {
    demo.admin()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .resource(DemoClient.vm(key.namespace(), key.name()))
        .create();
  }
}
