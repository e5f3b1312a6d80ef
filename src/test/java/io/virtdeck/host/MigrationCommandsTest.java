package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import org.junit.jupiter.api.Test;

class MigrationCommandsTest {

  private static final ResourceKey VM = new ResourceKey("shop", "web-01");

  @Test
  void aChosenHostBecomesTheAddedNodeSelector() {
    var object = MigrationCommands.migration(VM, "web-01-migration-x", "worker-02");
    var call = MigrationCommands.create(VM, object);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path())
        .isEqualTo("/apis/kubevirt.io/v1/namespaces/shop/virtualmachineinstancemigrations");
    assertThat(call.body())
        .contains("\"vmiName\":\"web-01\"")
        .contains("\"addedNodeSelector\":{\"kubernetes.io/hostname\":\"worker-02\"}");
    assertThat(MigrationCommands.createCommands(VM, object, "worker-02"))
        .anySatisfy(c -> assertThat(c).startsWith("kubectl create -f - <<'EOF'"))
        .contains(
            "virtctl migrate web-01 -n shop --addedNodeSelector kubernetes.io/hostname=worker-02");
  }

  @Test
  void theSchedulersChoiceHasNoSelector() {
    var object = MigrationCommands.migration(VM, "m", null);
    assertThat(MigrationCommands.create(VM, object).body()).doesNotContain("addedNodeSelector");
    assertThat(MigrationCommands.createCommands(VM, object, null))
        .contains("virtctl migrate web-01 -n shop");
  }

  @Test
  void cordonIsAJsonPatchOfUnschedulable() {
    var call = MigrationCommands.cordon("worker-01", true);
    assertThat(call.method()).isEqualTo("PATCH");
    assertThat(call.path()).isEqualTo("/api/v1/nodes/worker-01");
    assertThat(call.contentType()).isEqualTo("application/json-patch+json");
    assertThat(call.body())
        .isEqualTo("[{\"op\":\"add\",\"path\":\"/spec/unschedulable\",\"value\":true}]");
    assertThat(MigrationCommands.cordonCommands("worker-01", false))
        .containsExactly("kubectl uncordon worker-01");
  }
}
