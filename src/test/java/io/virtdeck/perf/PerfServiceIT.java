package io.virtdeck.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.prometheus.DemoPrometheus;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.host.HostInventory;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmAccess;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Performance figures from the demo Prometheus, as each demo user may see them: scoping is done by
 * the queries VirtDeck builds, so a user gets no series of a namespace they may not list, even for
 * a crafted VM name.
 */
public class PerfServiceIT {

  private static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());

  private static TaskTestbed bed;
  private static DemoPrometheus prometheus;
  private static PrometheusClient client;
  private static PerfService perf;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    prometheus = DemoPrometheus.start(bed.cluster.server.adminClient(), 0, Clock.systemUTC());
    client = client(prometheus.url());
    perf = service(client);
  }

  @AfterAll
  static void stop() {
    prometheus.close();
    bed.close();
  }

  /** A client of the Prometheus at {@code url}, as VirtDeck configures one. */
  public static PrometheusClient client(String url) {
    var properties =
        new PrometheusProperties(
            url,
            null,
            null,
            null,
            Duration.ofSeconds(2),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            "kubevirt");
    return new PrometheusClient(
        properties, new StaticListableBeanFactory().getBeanProvider(PrometheusEndpoint.class));
  }

  private static PerfService service(PrometheusClient client) {
    return new PerfService(
        client,
        new VmAccess(bed.reviews),
        new HostInventory(bed.cluster.caches, bed.reviews),
        Clock.systemUTC());
  }

  private static TimeRange realTime() {
    return TimeRange.last(TimeRange.Kind.REALTIME, java.time.Instant.now());
  }

  private static PerfResult<ChartData> chart(UserIdentity user, PerfTarget target) {
    return perf.chart(user, target, PerfChart.CPU, realTime()).block(Duration.ofSeconds(60));
  }

  @Test
  void aRunningVmsChartHasPointsForEveryStep() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> chart(ADMIN, new PerfTarget.Vm("shop", "web-01")).value().samples() > 0);

    var data = chart(ADMIN, new PerfTarget.Vm("shop", "web-01")).value();
    assertThat(data.times()).hasSize(181);
    assertThat(data.samples()).isEqualTo(181);
    var memory =
        perf.chart(ADMIN, new PerfTarget.Vm("shop", "web-01"), PerfChart.MEMORY, realTime())
            .block();
    assertThat(memory.value().values()).hasSize(2);
    assertThat(memory.value().values().get(0)[0]).isLessThan(memory.value().values().get(1)[0]);
  }

  @Test
  void aUserGetsNoSeriesOfANamespaceTheyMayNotListAndNoQueryIsSent() {
    long sent = client.requestsSent();

    var data = chart(TaskTestbed.SHOP_OWNER, new PerfTarget.Vm("finance", "erp-01"));

    assertThat(data.ok()).isTrue();
    assertThat(data.value().samples()).isZero();
    assertThat(chart(TaskTestbed.SHOP_OWNER, new PerfTarget.Folder("finance")).value().samples())
        .isZero();
    assertThat(client.requestsSent()).isEqualTo(sent);
  }

  @Test
  void aUserWhoMayListVmsButNotTheirInstancesGetsNoSeriesOfThem() {
    UserIdentity vmsOnly = UserIdentity.of("vms-only", java.util.List.of());
    mayListOnlyVmsInShop(vmsOnly.username());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> chart(ADMIN, new PerfTarget.Vm("shop", "web-01")).value().samples() > 0);
    long sent = client.requestsSent();

    assertThat(chart(vmsOnly, new PerfTarget.Vm("shop", "web-01")).value().samples()).isZero();
    assertThat(chart(vmsOnly, new PerfTarget.Folder("shop")).value().samples()).isZero();
    assertThat(perf.top(vmsOnly, TopMetric.CPU, 10).block().value()).isEmpty();
    assertThat(client.requestsSent()).isEqualTo(sent);
  }

  /** A Role granting {@code user} the VMs of shop, not their instances. */
  private static void mayListOnlyVmsInShop(String user) {
    var rbac = bed.cluster.server.adminClient().rbac();
    rbac.roles()
        .inNamespace("shop")
        .resource(
            new io.fabric8.kubernetes.api.model.rbac.RoleBuilder()
                .withNewMetadata()
                .withName("vms-only")
                .withNamespace("shop")
                .endMetadata()
                .addNewRule()
                .withApiGroups("kubevirt.io")
                .withResources("virtualmachines")
                .withVerbs("get", "list", "watch")
                .endRule()
                .build())
        .create();
    rbac.roleBindings()
        .inNamespace("shop")
        .resource(
            new io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder()
                .withNewMetadata()
                .withName("vms-only")
                .withNamespace("shop")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", "vms-only")
                .addNewSubject()
                .withKind("User")
                .withApiGroup("rbac.authorization.k8s.io")
                .withName(user)
                .endSubject()
                .build())
        .create();
  }

  @Test
  void aCraftedVmNameCannotReachAnotherNamespacesSeries() {
    String crafted =
        "web-01\"}[120s])) or sum (rate(kubevirt_vmi_cpu_usage_seconds_total{namespace=\"finance";

    var data = chart(TaskTestbed.SHOP_OWNER, new PerfTarget.Vm("shop", crafted));

    assertThat(data.problem()).isNull();
    assertThat(data.value().samples()).isZero();
  }

  @Test
  void theDatacenterOfAUserIsTheSumOfWhatTheyMaySee() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> chart(ADMIN, new PerfTarget.Folder("shop")).value().samples() > 0);
    var range = realTime();

    var shopOwners =
        perf.chart(TaskTestbed.SHOP_OWNER, new PerfTarget.Datacenter(), PerfChart.MEMORY, range)
            .block();
    var shop = perf.chart(ADMIN, new PerfTarget.Folder("shop"), PerfChart.MEMORY, range).block();
    var everything =
        perf.chart(ADMIN, new PerfTarget.Datacenter(), PerfChart.MEMORY, range).block();

    double[] ownersAvailable = shopOwners.value().values().get(1);
    assertThat(ownersAvailable).containsExactly(shop.value().values().get(1));
    assertThat(Arrays.stream(everything.value().values().get(1)).max().orElseThrow())
        .isGreaterThan(Arrays.stream(ownersAvailable).max().orElseThrow());
  }

  @Test
  void topConsumersAndHostUseAreScopedToo() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> perf.top(ADMIN, TopMetric.CPU, 10).block().value().size() == 10);

    var shopOwners = perf.top(TaskTestbed.SHOP_OWNER, TopMetric.NETWORK, 10).block().value();
    assertThat(shopOwners)
        .isNotEmpty()
        .allSatisfy(vm -> assertThat(vm.namespace()).isEqualTo("shop"));
    var top = perf.top(ADMIN, TopMetric.MEMORY, 3).block().value();
    assertThat(top).hasSize(3);
    assertThat(top.get(0).value()).isGreaterThanOrEqualTo(top.get(1).value());
    assertThat(perf.hostUse(ADMIN).block().value()).containsKey("worker-01");
    assertThat(perf.hostUse(TaskTestbed.SHOP_OWNER).block().value()).isEmpty();
  }

  @Test
  void prometheusDownGivesASentenceAndNothingElse() {
    var down = service(client("http://127.0.0.1:9"));

    var result =
        down.chart(ADMIN, new PerfTarget.Vm("shop", "web-01"), PerfChart.CPU, realTime()).block();

    assertThat(result.value()).isNull();
    assertThat(result.problem().key()).isEqualTo("perf.problem.unreachable");
    assertThat(result.problem().arguments())
        .containsExactly("http://127.0.0.1:9", "connection refused");
  }
}
