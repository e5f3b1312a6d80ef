package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.prometheus.DemoPrometheus;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.perf.PerfServiceIT;
import io.virtdeck.perf.PrometheusClient;
import io.virtdeck.perf.PrometheusProperties;
import io.virtdeck.security.AuditLog;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.testing.TaskTestbed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alarms from the demo Prometheus and the demo cluster's caches, as each demo user sees them, with
 * acknowledgements kept in a ConfigMap that a restarted VirtDeck (a new {@link Alarms}) reads back.
 */
class AlarmsIT {

  private static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());
  private static final String CONFIG_MAP = "virtdeck-alarms";
  private static final AlarmTarget WEB_01 = AlarmTarget.vm("shop", "web-01");

  private static TaskTestbed bed;
  private static DemoPrometheus prometheus;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    prometheus = DemoPrometheus.start(bed.cluster.server.adminClient(), 0, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    prometheus.close();
    bed.close();
  }

  private static Alarms alarms(PrometheusClient client) {
    Alarms alarms =
        new Alarms(
            bed.cluster.caches,
            new StorageInventory(bed.cluster.caches, bed.reviews),
            client,
            new PrometheusProperties(client.url(), null, null, null, null, null, null, "kubevirt"),
            bed.cluster.client,
            new AlarmProperties("default", CONFIG_MAP, Duration.ofMillis(300)),
            bed.reviews,
            new AuditLog(Clock.systemUTC()),
            Clock.systemUTC());
    alarms.afterPropertiesSet();
    return alarms;
  }

  private static Optional<Alarm> named(Alarms alarms, UserIdentity user, String name) {
    return alarms.visible(alarms.scope(user)).stream()
        .filter(a -> a.name().equals(name))
        .findFirst();
  }

  private static void annotate(String value) {
    bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace("shop")
        .withName("web-01")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"virtdeck.io/demo-alert\":"
                + (value.isEmpty() ? "null" : "\"" + value + "\"")
                + "}}}");
  }

  @Test
  void anAlertOnAVmIsAnAlarmOnItAndItsAcknowledgementSurvivesARestart() {
    annotate("WebIsOnFire/critical");
    Alarms first = alarms(PerfServiceIT.client(prometheus.url()));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> named(first, TaskTestbed.OPERATOR, "WebIsOnFire").isPresent());
      Alarm alarm = named(first, TaskTestbed.OPERATOR, "WebIsOnFire").orElseThrow();
      assertThat(alarm.target()).isEqualTo(WEB_01);
      assertThat(alarm.severity()).isEqualTo(AlarmSeverity.CRITICAL);
      assertThat(first.on(first.scope(TaskTestbed.SHOP_OWNER), WEB_01)).contains(alarm);

      assertThat(first.acknowledge(TaskTestbed.HELPDESK, alarm.id()).problemKey())
          .isEqualTo("alarm.refused.permission");
      assertThat(first.acknowledge(TaskTestbed.OPERATOR, alarm.id()).done()).isTrue();

      Map<String, String> kept =
          bed.cluster
              .server
              .adminClient()
              .configMaps()
              .inNamespace("default")
              .withName(CONFIG_MAP)
              .get()
              .getData();
      assertThat(kept).containsKey(AlarmStates.key(alarm.id()));
    } finally {
      first.destroy();
    }
    Alarms restarted = alarms(PerfServiceIT.client(prometheus.url()));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> named(restarted, ADMIN, "WebIsOnFire").map(Alarm::acknowledged).orElse(false));
      var state = named(restarted, ADMIN, "WebIsOnFire").orElseThrow().state();
      assertThat(state.by()).isEqualTo("operator");

      String id = named(restarted, ADMIN, "WebIsOnFire").orElseThrow().id();
      assertThat(restarted.reset(TaskTestbed.OPERATOR, id).done()).isTrue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> named(restarted, ADMIN, "WebIsOnFire").isEmpty());
    } finally {
      restarted.destroy();
      annotate("");
    }
  }

  @Test
  void aUserSeesNoAlarmOfANamespaceOrHostTheyMayNotListNorChangesOneByItsId() {
    Alarms alarms = alarms(PerfServiceIT.client(prometheus.url()));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> named(alarms, ADMIN, "VMCannotBeEvicted").isPresent());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> named(alarms, ADMIN, "OrphanedVirtualMachineInstances").isPresent());

      // the demo's shop VMs with alerts may still be starting when the first alerts come
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !alarms.visible(alarms.scope(TaskTestbed.SHOP_OWNER)).isEmpty());
      List<Alarm> shopOwners = alarms.visible(alarms.scope(TaskTestbed.SHOP_OWNER));
      assertThat(shopOwners)
          .allSatisfy(a -> assertThat(a.target().namespace()).isEqualTo("shop"))
          .isNotEmpty();
      assertThat(named(alarms, TaskTestbed.OPERATOR, "OrphanedVirtualMachineInstances"))
          .isPresent();

      String foreign = named(alarms, ADMIN, "VMCannotBeEvicted").orElseThrow().id();
      assertThat(alarms.acknowledge(TaskTestbed.SHOP_OWNER, foreign).problemKey())
          .isEqualTo("alarm.refused.gone");
    } finally {
      alarms.destroy();
    }
  }

  @Test
  void withPrometheusDownTheAlarmsSaySoAndConditionsStillShow() {
    Alarms alarms = alarms(PerfServiceIT.client("http://127.0.0.1:9"));
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> alarms.alertsProblem().isPresent());

      assertThat(alarms.alertsProblem().orElseThrow().key()).isEqualTo("perf.problem.unreachable");
      assertThat(alarms.visible(alarms.scope(ADMIN)))
          .noneMatch(a -> a.source() == Alarm.Source.PROMETHEUS);
    } finally {
      alarms.destroy();
    }
  }

  @Test
  void instancesThatCannotBeScheduledAreAlarmsUntilTheyAre() {
    Alarms alarms = alarms(PerfServiceIT.client(prometheus.url()));
    try {
      // the demo's analytics-xl-01 could not be scheduled before the caches synced
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> unschedulable(alarms, AlarmTarget.vm("dev", "analytics-xl-01")));
      assertThat(unschedulable(alarms, WEB_01)).isFalse();

      scheduled("False");
      await().atMost(Duration.ofSeconds(30)).until(() -> unschedulable(alarms, WEB_01));

      scheduled("True");
      await().atMost(Duration.ofSeconds(30)).until(() -> !unschedulable(alarms, WEB_01));
    } finally {
      scheduled("True");
      alarms.destroy();
    }
  }

  private static boolean unschedulable(Alarms alarms, AlarmTarget target) {
    return alarms.visible(alarms.scope(ADMIN)).stream()
        .anyMatch(a -> a.name().equals(ConditionAlarms.UNSCHEDULABLE) && a.target().equals(target));
  }

  /** Sets web-01's instance's PodScheduled condition, as the scheduler would. */
  private static void scheduled(String status) {
    bed.cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachineInstance")
        .inNamespace("shop")
        .withName("web-01")
        .subresource("status")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"conditions\":[{\"type\":\"PodScheduled\",\"status\":\""
                + status
                + "\",\"message\":\"0/3 nodes are available: 3 Insufficient memory.\"}]}}");
  }
}
