package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.testing.DemoApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What trainers run beside the UI: kubectl against the demo API (skipped without kubectl). */
class DemoApiKubectlIT {

  @TempDir static Path folder;
  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static Kubectl kubectl;

  @BeforeAll
  static void start() {
    kubectl = Kubectl.onPath(demo.kubeconfig(folder.resolve("kubeconfig")), folder);
  }

  @Test
  void getWatchSeesAChange() throws Exception {
    create("default", "watched-01");
    Path output = folder.resolve("watch.out");
    Process watch = kubectl.start(output, "get", "vm", "-n", "default", "-w");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(output).contains("watched-01"));

      create("default", "watched-02");

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(output).contains("watched-02"));
      assertThat(watch.isAlive()).as("the watch stays open").isTrue();
    } finally {
      watch.destroy();
    }
  }

  @Test
  void serverSideDryRunStoresNothing() throws Exception {
    Path yaml = Files.writeString(folder.resolve("dry.yaml"), DemoVms.vmYaml("default", "dry-01"));
    create("default", "dry-02");

    var created = kubectl.run("create", "-f", yaml.toString(), "--dry-run=server");
    var labelled =
        kubectl.run("label", "vm", "dry-02", "-n", "default", "tier=web", "--dry-run=server");
    var deleted = kubectl.run("delete", "vm", "dry-02", "-n", "default", "--dry-run=server");

    assertThat(created.output()).contains("dry-01 created (server dry run)");
    assertThat(labelled.output()).contains("dry-02 labeled (server dry run)");
    assertThat(deleted.output()).contains("\"dry-02\" deleted (server dry run)");
    assertThat(vm("default", "dry-01")).isNull();
    GenericKubernetesResource kept = vm("default", "dry-02");
    assertThat(kept).isNotNull();
    assertThat(kept.getMetadata().getLabels()).doesNotContainKey("tier");
  }

  @Test
  void applyServerSideCreatesAndUpdates() throws Exception {
    Path yaml =
        Files.writeString(folder.resolve("apply.yaml"), DemoVms.vmYaml("default", "applied-01"));

    var first = kubectl.run("apply", "--server-side", "-f", yaml.toString());
    Files.writeString(yaml, DemoVms.vmYaml("default", "applied-01").replace("Always", "Halted"));
    var second = kubectl.run("apply", "--server-side", "-f", yaml.toString());

    assertThat(first.output()).contains("applied-01 serverside-applied");
    assertThat(second.output()).contains("applied-01 serverside-applied");
    assertThat(vm("default", "applied-01").<String>get("spec", "runStrategy")).isEqualTo("Halted");
  }

  @Test
  void explainShowsKubeVirtsSchema() throws Exception {
    var spec = kubectl.run("explain", "virtualmachine.spec");
    var field = kubectl.run("explain", "vmi.spec.domain.cpu.cores");

    assertThat(spec.exitCode()).as(spec.output()).isZero();
    assertThat(spec.output()).contains("KIND:", "VirtualMachine", "runStrategy", "template");
    assertThat(field.output()).contains("cores", "integer");
  }

  @Test
  void explainShowsTheSchemasOfInstanceTypesAndClones() throws Exception {
    var type = kubectl.run("explain", "virtualmachineclusterinstancetype.spec.cpu");
    var clone = kubectl.run("explain", "vmclone.spec");

    assertThat(type.exitCode()).as(type.output()).isZero();
    assertThat(type.output()).contains("guest", "maxSockets");
    assertThat(clone.exitCode()).as(clone.output()).isZero();
    assertThat(clone.output()).contains("newMacAddresses", "labelFilters");
  }

  private static void create(String namespace, String name) {
    demo.admin()
        .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
        .resource(DemoVms.vm(namespace, name))
        .create();
  }

  private static GenericKubernetesResource vm(String namespace, String name) {
    return demo.admin()
        .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
        .inNamespace(namespace)
        .withName(name)
        .get();
  }
}
