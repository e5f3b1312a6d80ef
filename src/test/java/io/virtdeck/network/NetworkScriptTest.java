package io.virtdeck.network;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.ScriptStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NICs and port groups in a recorded script: bash, Ansible and YAML from one request each. */
class NetworkScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final String ADD_NIC =
      "[{\"op\":\"add\",\"path\":\"/spec/template/spec/networks/-\","
          + "\"value\":{\"name\":\"nic-1\",\"multus\":{\"networkName\":\"vlan-30\"}}}]";
  private static final NewPortGroup VLAN_30 =
      new NewPortGroup("vlan-30", "shop", PortGroupType.LINUX_BRIDGE, "br1", 30, 1500);

  @Test
  void aNicChangeIsAJsonPatchOfTheVm() {
    ScriptStep nic = ScriptStep.of(NetworkCommands.patchVm(WEB, ADD_NIC), List.of());

    assertThat(NetworkCommands.patchVmCommands(WEB, ADD_NIC)).containsExactly(nic.kubectl());
    assertThat(bash(nic))
        .contains("kubectl patch vm web-01 -n shop --type json -p '[{\"op\":\"add\"");
    Map<String, Object> patch =
        module(ansibleTasks(nic).getFirst(), "kubernetes.core.k8s_json_patch");
    assertThat(patch)
        .containsEntry("api_version", "kubevirt.io/v1")
        .containsEntry("kind", "VirtualMachine")
        .containsEntry("name", "web-01")
        .containsEntry("namespace", "shop");
    assertThat(patch.get("patch").toString()).contains("path=/spec/template/spec/networks/-");
    assertThat(yaml(nic))
        .contains("# kubectl patch vm web-01 -n shop --type json --patch-file <this document>")
        .contains("- op: add\n  path: /spec/template/spec/networks/-\n");
  }

  @Test
  void aNewPortGroupIsCreatedFromItsManifest() {
    ScriptStep create = ScriptStep.of(NetworkCommands.createNad(VLAN_30), List.of());

    assertThat(NetworkCommands.createNadCommands(VLAN_30)).containsExactly(create.kubectl());
    assertThat(bash(create))
        .contains("kubectl create -f - <<'EOF'\napiVersion: k8s.cni.cncf.io/v1\n")
        .contains("kind: NetworkAttachmentDefinition\n")
        .contains("\"vlan\" : 30");
    Map<String, Object> k8s = module(ansibleTasks(create).getFirst(), "kubernetes.core.k8s");
    assertThat(k8s).containsEntry("state", "present");
    assertThat(k8s.get("definition").toString())
        .contains("kind=NetworkAttachmentDefinition", "name=vlan-30", "namespace=shop");
    assertThat(yaml(create))
        .contains("# kubectl create -f <this document>\napiVersion: k8s.cni.cncf.io/v1\n");
  }

  @Test
  void deletingAPortGroupDeletesTheObject() {
    ResourceKey nad = new ResourceKey("shop", "vlan-30");
    ScriptStep delete = ScriptStep.of(NetworkCommands.deleteNad(nad), List.of());

    assertThat(bash(delete))
        .contains(
            "kubectl delete network-attachment-definitions vlan-30 -n shop --cascade=background\n");
    assertThat(module(ansibleTasks(delete).getFirst(), "kubernetes.core.k8s"))
        .containsEntry("state", "absent")
        .containsEntry("api_version", "k8s.cni.cncf.io/v1")
        .containsEntry("kind", "NetworkAttachmentDefinition")
        .containsEntry("name", "vlan-30");
    assertThat(yaml(delete))
        .contains(
            "# kubectl delete network-attachment-definitions vlan-30 -n shop --cascade=background\n")
        .doesNotContain("propagationPolicy");
  }
}
