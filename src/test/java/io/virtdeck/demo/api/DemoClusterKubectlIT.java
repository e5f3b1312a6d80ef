package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.demo.DemoCluster;
import io.virtdeck.demo.DemoProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubectl against the whole demo cluster (seeded, simulator running): the printer columns of
 * KubeVirt's and the core kinds, and the virt-launcher pods behind running VMs. Skipped without
 * kubectl on the PATH.
 */
class DemoClusterKubectlIT {

  @TempDir static Path folder;
  private static DemoCluster cluster;
  private static Kubectl kubectl;

  @BeforeAll
  static void start() {
    cluster =
        DemoCluster.start(
            new DemoProperties(0, 25, folder.resolve("kubeconfig"), Duration.ofMillis(50), 0, 0));
    kubectl = Kubectl.onPath(cluster.kubeconfig(), folder);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void getShowsKubeVirtsPrinterColumns() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> kubectl.run("get", "vm", "web-01", "-n", "shop").output().contains("Running"));

    var vms = kubectl.run("get", "vm", "-A");
    var vmis = kubectl.run("get", "vmi", "-n", "shop", "-o", "wide");

    assertThat(vms.output().lines().findFirst().orElseThrow())
        .containsSubsequence("NAMESPACE", "NAME", "AGE", "STATUS", "READY");
    assertThat(vms.output()).containsPattern("shop +web-01 +\\S+ +Running +True");
    assertThat(vmis.output().lines().findFirst().orElseThrow())
        .containsSubsequence("NAME", "AGE", "PHASE", "IP", "NODENAME", "READY", "LIVE-MIGRATABLE");
    assertThat(vmis.output()).containsPattern("web-01 +\\S+ +Running +[0-9.]+ +\\S+ +True");
  }

  @Test
  void getShowsTheCoreKindsColumns() throws Exception {
    assertThat(kubectl.run("get", "nodes").output().lines().findFirst().orElseThrow())
        .containsSubsequence("NAME", "STATUS", "ROLES", "AGE", "VERSION");
    assertThat(kubectl.run("get", "pvc", "-A").output().lines().findFirst().orElseThrow())
        .containsSubsequence(
            "NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS");
    assertThat(kubectl.run("get", "ns").output()).containsPattern("shop +Active");
    assertThat(kubectl.run("get", "events", "-A").output().lines().findFirst().orElseThrow())
        .containsSubsequence("LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE");
  }

  @Test
  void runningVmsHaveVirtLauncherPodsWithLogs() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> kubectl.run("get", "pods", "-A").output().contains("virt-launcher-web-01-"));

    var pods =
        kubectl.run("get", "pods", "-n", "shop", "-l", "vm.kubevirt.io/name=web-01", "-o", "name");
    String pod = pods.output().strip();
    var logs = kubectl.run("logs", "-n", "shop", pod.substring(pod.indexOf('/') + 1));

    assertThat(kubectl.run("get", "pods", "-A").output())
        .containsPattern("shop +virt-launcher-web-01-\\S+ +1/1 +Running");
    assertThat(logs.exitCode()).isZero();
    assertThat(logs.output()).contains("demo cluster");
  }
}
