package io.virtdeck.provision;

import static io.virtdeck.capture.Scripts.ansible;
import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edit Settings and Delete from Disk in a recorded script: bash, Ansible and YAML from each task's
 * one request, with the kubectl text teaching mode shows.
 */
class ProvisionScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final String CORES =
      "[{\"op\":\"test\",\"path\":\"/spec/template/spec/domain/cpu/cores\",\"value\":1},"
          + "{\"op\":\"replace\",\"path\":\"/spec/template/spec/domain/cpu/cores\",\"value\":2}]";
  private static final String VM_UID = "0b6f2c1e-7d1a-4f3e-9c55-1c2d3e4f5a6b";

  // the operations read no cache to say their request and commands
  private static final EditSettingsOperation EDIT =
      new EditSettingsOperation(null, WEB, "41", CORES, List.of());
  private static final DeleteVmOperation DELETE_VM = new DeleteVmOperation(null, WEB, List.of());
  private static final DeleteSecretOperation DELETE_SECRET =
      new DeleteSecretOperation(new ResourceKey("shop", "web-01-cloudinit"));
  private static final ReleaseDiskOperation RELEASE =
      new ReleaseDiskOperation(
          null, new ResourceKey("shop", "web-01-root"), true, VM_UID, "web-01", 0);

  @Test
  void eachScriptLineIsTheCommandTeachingModeShows() {
    for (Operation operation : List.of(EDIT, DELETE_VM, DELETE_SECRET)) {
      assertThat(operation.commands()).containsExactly(operation.script().kubectl());
    }
    assertThat(DELETE_SECRET.commands())
        .containsExactly("kubectl delete secret web-01-cloudinit -n shop --cascade=background");
  }

  @Test
  void aScriptNeverHoldsTheCloudInitPasswordItShowsTheMaskInstead() {
    Map<String, Object> secret = new java.util.LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", Map.of("name", "web-09-cloudinit", "namespace", "shop"));
    secret.put("stringData", Map.of("userdata", "#cloud-config\npassword: s3cret-Pa55\n"));
    var create = new CreateSecretOperation(new ResourceKey("shop", "web-09-cloudinit"), secret);

    for (String script :
        List.of(bash(create.script()), yaml(create.script()), ansible(create.script()))) {
      assertThat(script).doesNotContain("s3cret-Pa55").contains(CreateSecretOperation.MASK);
    }
  }

  @Test
  void editSettingsIsTheJsonPatchWithTheTestOfWhatTheUserSaw() {
    assertThat(bash(EDIT.script()))
        .contains("kubectl patch vm web-01 -n shop --type json -p '" + CORES + "'\n");
    Map<String, Object> patch =
        module(ansibleTasks(EDIT.script()).getFirst(), "kubernetes.core.k8s_json_patch");
    assertThat(patch)
        .containsEntry("kind", "VirtualMachine")
        .containsEntry("name", "web-01")
        .containsEntry("namespace", "shop");
    assertThat(patch.get("patch")).asList().hasSize(2);
    assertThat(yaml(EDIT.script()))
        .contains("# kubectl patch vm web-01 -n shop --type json --patch-file <this document>\n")
        .contains("- op: test\n");
  }

  @Test
  void deletingTheVmLetsTheGarbageCollectorTakeItsDisksInTheBackground() {
    assertThat(bash(DELETE_VM.script()))
        .contains("kubectl delete vm web-01 -n shop --cascade=background\n");
    assertThat(module(ansibleTasks(DELETE_VM.script()).getFirst(), "kubernetes.core.k8s"))
        .containsEntry("state", "absent")
        .containsEntry("kind", "VirtualMachine")
        .containsEntry("delete_options", Map.of("propagationPolicy", "Background"));
    assertThat(yaml(DELETE_VM.script()))
        .contains("# kubectl delete vm web-01 -n shop --cascade=background\n")
        .doesNotContain("DeleteOptions");
  }

  @Test
  void aKeptDiskIsReleasedByTheVmsKindAndNameInAScriptAndByItsUidWhenClicked() {
    assertThat(RELEASE.commands().getFirst())
        .startsWith("kubectl patch dv web-01-root -n shop --type json -p '")
        .contains("\"path\":\"/metadata/ownerReferences/0/uid\",\"value\":\"" + VM_UID + "\"");

    String script = bash(RELEASE.script());
    assertThat(script)
        .contains("kubectl patch dv web-01-root -n shop --type json -p '")
        .contains(
            "{\"op\":\"test\",\"path\":\"/metadata/ownerReferences/0/kind\",\"value\":\"VirtualMachine\"}")
        .contains(
            "{\"op\":\"test\",\"path\":\"/metadata/ownerReferences/0/name\",\"value\":\"web-01\"}")
        .contains("{\"op\":\"remove\",\"path\":\"/metadata/ownerReferences/0\"}")
        .doesNotContain(VM_UID);
    assertThat(RELEASE.script().call().path()).isEqualTo(RELEASE.call().path());
  }
}
