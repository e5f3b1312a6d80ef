package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import org.junit.jupiter.api.Test;

class SnapshotCommandsTest {

  private static final ResourceKey VM = new ResourceKey("shop", "web-01");

  @Test
  void takeIsAPostOfASnapshotWithItsDescriptionAsAnnotation() {
    var object = SnapshotCommands.snapshot(VM, "s1", "Before upgrade");
    var call = SnapshotCommands.create("shop", "virtualmachinesnapshots", object);

    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path())
        .isEqualTo("/apis/snapshot.kubevirt.io/v1beta1/namespaces/shop/virtualmachinesnapshots");
    assertThat(call.body())
        .contains("\"kind\":\"VirtualMachineSnapshot\"", "\"virtdeck.io/notes\":\"Before upgrade\"")
        .contains(
            "\"source\":{\"apiGroup\":\"kubevirt.io\",\"kind\":\"VirtualMachine\",\"name\":\"web-01\"}");
    assertThat(SnapshotCommands.createCommands("shop", "virtualmachinesnapshots", object))
        .satisfiesExactly(
            create ->
                assertThat(create)
                    .startsWith("kubectl create -f - <<'EOF'\n")
                    .endsWith("\nEOF")
                    .contains("name: s1"),
            wait ->
                assertThat(wait)
                    .isEqualTo(
                        "kubectl wait vmsnapshot/s1 -n shop --for=condition=Ready"
                            + " --timeout=180s"));
  }

  @Test
  void revertIsAPostOfARestoreNamingSnapshotAndTarget() {
    var object = SnapshotCommands.restore(VM, "s1", "restore-s1-x");
    var call = SnapshotCommands.create("shop", "virtualmachinerestores", object);

    assertThat(call.body())
        .contains(
            "\"kind\":\"VirtualMachineRestore\"",
            "\"virtualMachineSnapshotName\":\"s1\"",
            "\"name\":\"restore-s1-x\"");
  }

  @Test
  void deleteIsADeleteOfTheSnapshot() {
    var key = new ResourceKey("shop", "s1");

    assertThat(SnapshotCommands.delete(key).describe())
        .isEqualTo(
            "DELETE /apis/snapshot.kubevirt.io/v1beta1/namespaces/shop/virtualmachinesnapshots/s1");
    assertThat(SnapshotCommands.deleteCommands(key))
        .containsExactly("kubectl delete vmsnapshot s1 -n shop");
  }
}
