package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.perf.PromAlert;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertMappingTest {

  private static final Instant SINCE = Instant.parse("2026-12-07T08:00:00Z");
  private final AlertMapping mapping = new AlertMapping("kubevirt");

  private static PromAlert alert(String state, String... labels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < labels.length; i += 2) {
      map.put(labels[i], labels[i + 1]);
    }
    return new PromAlert(map, Map.of("summary", "short", "description", "long"), state, SINCE);
  }

  @Test
  void kubevirtsVmAlertsLandOnTheVmTheyName() {
    assertThat(
            mapping.target(
                alert(
                    "firing",
                    "alertname",
                    "VMCannotBeEvicted",
                    "namespace",
                    "dev",
                    "name",
                    "ci-runner-01",
                    "node",
                    "worker-02")))
        .isEqualTo(AlarmTarget.vm("dev", "ci-runner-01"));
    assertThat(
            mapping.target(
                alert(
                    "firing",
                    "alertname",
                    "KubeVirtVMIExcessiveMigrations",
                    "namespace",
                    "shop",
                    "vmi",
                    "web-02")))
        .isEqualTo(AlarmTarget.vm("shop", "web-02"));
    assertThat(
            mapping.target(
                alert(
                    "firing",
                    "alertname",
                    "KubevirtVmHighMemoryUsage",
                    "namespace",
                    "shop",
                    "pod",
                    "virt-launcher-db-01-x7k2p",
                    "container",
                    "compute")))
        .isEqualTo(AlarmTarget.vm("shop", "db-01"));
  }

  @Test
  void nodeAlertsLandOnTheHostNamespaceAlertsOnTheFolderOthersOnTheDatacenter() {
    assertThat(
            mapping.target(
                alert(
                    "firing", "alertname", "OrphanedVirtualMachineInstances", "node", "worker-04")))
        .isEqualTo(AlarmTarget.host("worker-04"));
    assertThat(mapping.target(alert("firing", "alertname", "QuotaAlmostFull", "namespace", "dev")))
        .isEqualTo(AlarmTarget.folder("dev"));
    assertThat(
            mapping.target(
                alert(
                    "firing", "alertname", "VirtLauncherPodsStuckFailed", "namespace", "kubevirt")))
        .isEqualTo(AlarmTarget.DATACENTER);
    assertThat(mapping.target(alert("firing", "alertname", "LowKVMNodesCount")))
        .isEqualTo(AlarmTarget.DATACENTER);
  }

  @Test
  void aFiringAlertBecomesAnAlarmWithItsSeverityDescriptionAndSince() {
    var alarm =
        mapping
            .alarm(
                alert(
                    "firing",
                    "alertname",
                    "GuestFilesystemAlmostOutOfSpace",
                    "severity",
                    "critical",
                    "namespace",
                    "shop",
                    "name",
                    "db-02",
                    "disk_name",
                    "vdb"))
            .orElseThrow();

    assertThat(alarm.severity()).isEqualTo(AlarmSeverity.CRITICAL);
    assertThat(alarm.source()).isEqualTo(Alarm.Source.PROMETHEUS);
    assertThat(alarm.name()).isEqualTo("GuestFilesystemAlmostOutOfSpace");
    assertThat(alarm.description()).isEqualTo("long");
    assertThat(alarm.since()).isEqualTo(SINCE);
    assertThat(alarm.id())
        .isEqualTo("prometheus/GuestFilesystemAlmostOutOfSpace/vm/shop/db-02/disk_name=vdb");
  }

  @Test
  void pendingAlertsAreNotAlarmsAndWarningIsTheDefault() {
    assertThat(mapping.alarm(alert("pending", "alertname", "X", "node", "n"))).isEmpty();
    assertThat(
            mapping.alarm(alert("firing", "alertname", "X", "node", "n")).orElseThrow().severity())
        .isEqualTo(AlarmSeverity.WARNING);
  }
}
