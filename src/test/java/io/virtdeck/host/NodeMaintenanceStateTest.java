package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeMaintenanceStateTest {

  private static GenericKubernetesResource object(Map<String, Object> status) {
    var object = new GenericKubernetesResource();
    object.setApiVersion("nodemaintenance.medik8s.io/v1beta1");
    object.setKind("NodeMaintenance");
    object.setMetadata(new ObjectMetaBuilder().withName("nodemaintenance-worker-01").build());
    object.setAdditionalProperty("spec", Map.of("nodeName", "worker-01", "reason", "kernel"));
    if (!status.isEmpty()) {
      object.setAdditionalProperty("status", status);
    }
    return object;
  }

  @Test
  void readsTheOperatorsStatus() {
    var state =
        NodeMaintenanceState.of(
            object(
                Map.of(
                    "phase",
                    "Running",
                    "drainProgress",
                    66,
                    "totalpods",
                    3,
                    "pendingPods",
                    List.of("virt-launcher-db-01-abcde"),
                    "lastError",
                    "cannot evict pod")));

    assertThat(state)
        .isEqualTo(
            new NodeMaintenanceState(
                "nodemaintenance-worker-01",
                "worker-01",
                "Running",
                66,
                List.of("virt-launcher-db-01-abcde"),
                "cannot evict pod"));
    assertThat(state.succeeded()).isFalse();
    assertThat(state.failed()).isFalse();
  }

  @Test
  void beforeTheOperatorSawItNothingIsKnown() {
    var state = NodeMaintenanceState.of(object(Map.of()));
    assertThat(state.phase()).isEmpty();
    assertThat(state.drainProgress()).isZero();
    assertThat(state.pendingPods()).isEmpty();
    assertThat(state.lastError()).isEmpty();
  }

  @Test
  void enteringCreatesANodeMaintenanceForTheNodeAndExitingDeletesIt() {
    var enter = new NodeMaintenanceOperation("worker-01", "nodemaintenance-worker-01", true, null);
    assertThat(enter.call().method()).isEqualTo("POST");
    assertThat(enter.call().path())
        .isEqualTo("/apis/nodemaintenance.medik8s.io/v1beta1/nodemaintenances");
    assertThat(enter.call().body())
        .contains("\"name\":\"nodemaintenance-worker-01\"")
        .contains("\"nodeName\":\"worker-01\"");
    assertThat(enter.access().verb()).isEqualTo("create");
    var exit = new NodeMaintenanceOperation("worker-01", "nm-by-someone", false, null);
    assertThat(exit.call().method()).isEqualTo("DELETE");
    assertThat(exit.call().path()).endsWith("/nodemaintenances/nm-by-someone");
    assertThat(exit.access().verb()).isEqualTo("delete");
  }
}
