package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.virtdeck.demo.seed.DemoInventory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's live migration: phases, the chosen host, KubeVirt's refusals and failures. */
@EnableKubernetesMockClient(crud = true)
class MigrationSimulationIT {

  static KubernetesClient client;
  static KubeVirtSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SimulatedCluster.start(client, DemoInventory.DEFAULT_VM_COUNT);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  private static @Nullable GenericKubernetesResource get(
      io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext kind, String ns, String n) {
    return Api.op(client, kind).inNamespace(ns).withName(n).get();
  }

  private static GenericKubernetesResource runningVmi(String ns, String name) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "Running".equals(Api.get(get(Api.VMI, ns, name), "status", "phase")));
    return get(Api.VMI, ns, name);
  }

  private static void migrate(String ns, String name, String vmi, @Nullable String host) {
    var migration = new GenericKubernetesResource();
    migration.setApiVersion("kubevirt.io/v1");
    migration.setKind("VirtualMachineInstanceMigration");
    migration.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(ns).build());
    migration.setAdditionalProperty(
        "spec",
        host == null
            ? Map.of("vmiName", vmi)
            : Map.of("vmiName", vmi, "addedNodeSelector", Map.of("kubernetes.io/hostname", host)));
    Api.op(client, Api.MIGRATION).inNamespace(ns).resource(migration).create();
  }

  private static GenericKubernetesResource finished(String ns, String name) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Api.get(get(Api.MIGRATION, ns, name), "status", "phase") instanceof String phase
                    && (phase.equals("Succeeded") || phase.equals("Failed")));
    return get(Api.MIGRATION, ns, name);
  }

  private static String otherHost(String host) {
    return host.equals("worker-03") ? "worker-01" : "worker-03";
  }

  @Test
  void migrationMovesTheInstanceToTheChosenHost() {
    String source = Api.get(runningVmi("shop", "web-01"), "status", "nodeName");
    String target = otherHost(source);
    migrate("shop", "move-web-01", "web-01", target);
    var migration = finished("shop", "move-web-01");
    assertThat((String) Api.get(migration, "status", "phase")).isEqualTo("Succeeded");
    assertThat((String) Api.get(migration, "status", "migrationState", "sourceNode"))
        .isEqualTo(source);
    var vmi = get(Api.VMI, "shop", "web-01");
    assertThat((String) Api.get(vmi, "status", "nodeName")).isEqualTo(target);
    assertThat((Boolean) Api.get(vmi, "status", "migrationState", "completed")).isTrue();
    assertThat((String) Api.get(vmi, "status", "migrationState", "targetNode")).isEqualTo(target);
    assertThat(vmi.getMetadata().getLabels()).containsEntry("kubevirt.io/nodeName", target);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(client.v1().events().inNamespace("shop").list().getItems())
                    .anySatisfy(
                        e -> {
                          assertThat(e.getReason()).isEqualTo("Migrated");
                          assertThat(e.getMessage()).contains(target);
                        }));
  }

  @Test
  void instanceOnAReadWriteOnceDiskIsNotLiveMigratable() {
    var vmi = runningVmi("dev", "ci-runner-01");
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    assertThat(conditions)
        .anySatisfy(
            c -> {
              assertThat(c)
                  .containsEntry("type", "LiveMigratable")
                  .containsEntry("status", "False")
                  .containsEntry("reason", "DisksNotLiveMigratable");
              assertThat((String) c.get("message")).contains("is not shared");
            });
    migrate("dev", "move-ci", "ci-runner-01", null);
    var migration = finished("dev", "move-ci");
    assertThat((String) Api.get(migration, "status", "phase")).isEqualTo("Failed");
    assertThat((String) Api.get(migration, "status", "migrationState", "failureReason"))
        .contains("DisksNotLiveMigratable");
  }

  @Test
  void hostWithoutEnoughMemoryFailsTheMigration() {
    String source = Api.get(runningVmi("shop", "app-02"), "status", "nodeName");
    String target = otherHost(source);
    client
        .nodes()
        .withName(target)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"allocatable\":{\"memory\":\"1Mi\"}}}");
    try {
      migrate("shop", "move-app-02", "app-02", target);
      var migration = finished("shop", "move-app-02");
      assertThat((String) Api.get(migration, "status", "phase")).isEqualTo("Failed");
      assertThat((String) Api.get(migration, "status", "migrationState", "failureReason"))
          .contains("Insufficient memory");
      assertThat((String) Api.get(get(Api.VMI, "shop", "app-02"), "status", "nodeName"))
          .isEqualTo(source);
    } finally {
      client
          .nodes()
          .withName(target)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              "{\"status\":{\"allocatable\":{\"memory\":\"200Gi\"}}}");
    }
  }

  @Test
  void cordonedHostTakesNoMigration() {
    String source = Api.get(runningVmi("dev", "k8s-lab-01"), "status", "nodeName");
    String target = otherHost(source);
    client
        .nodes()
        .withName(target)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":true}}");
    try {
      migrate("dev", "move-lab", "k8s-lab-01", target);
      var migration = finished("dev", "move-lab");
      assertThat((String) Api.get(migration, "status", "migrationState", "failureReason"))
          .contains("node(s) were unschedulable");
    } finally {
      client
          .nodes()
          .withName(target)
          .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":false}}");
    }
  }
}
