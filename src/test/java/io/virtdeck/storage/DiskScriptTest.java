package io.virtdeck.storage;

import static io.virtdeck.capture.Scripts.ansibleTasks;
import static io.virtdeck.capture.Scripts.bash;
import static io.virtdeck.capture.Scripts.module;
import static io.virtdeck.capture.Scripts.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.ScriptStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disks in a recorded script: create, hot-plug, attach and expand, each from its one request. */
class DiskScriptTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final NewDisk DISK = new NewDisk("data-2", "10Gi", "ceph-rbd", "scsi");

  @Test
  void aNewDiskIsCreatedThenAwaitedUntilImported() {
    ResourceKey key = new ResourceKey("shop", "data-2");
    ScriptStep create =
        ScriptStep.of(
            StorageCommands.create("shop", DISK, true),
            List.of(StorageCommands.created(key, true)));

    assertThat(StorageCommands.createCommands("shop", DISK, true))
        .containsExactly(create.kubectl());
    assertThat(bash(create))
        .contains(
            "kubectl create -f - <<'EOF'\napiVersion: cdi.kubevirt.io/v1beta1\nkind: DataVolume\n")
        .contains("storage: 10Gi")
        .contains(
            "kubectl wait dv/data-2 -n shop --for=jsonpath='{.status.phase}'=Succeeded"
                + " --timeout=180s");
    var tasks = ansibleTasks(create);
    assertThat(module(tasks.get(0), "kubernetes.core.k8s")).containsEntry("state", "present");
    assertThat(module(tasks.get(1), "kubernetes.core.k8s_info"))
        .containsEntry("kind", "DataVolume")
        .containsEntry("name", "data-2");
    assertThat(tasks.get(1))
        .containsEntry(
            "until",
            "found.resources | length > 0 and"
                + " (found.resources[0].status.phase | default('')) == 'Succeeded'");
    assertThat(
            bash(
                ScriptStep.of(
                    StorageCommands.create("shop", DISK, false),
                    List.of(StorageCommands.created(key, false)))))
        .contains("kind: PersistentVolumeClaim")
        .contains("kubectl wait pvc/data-2 -n shop --for=jsonpath='{.status.phase}'=Bound");
  }

  @Test
  void aHotPlugIsTheAddvolumeRequest() {
    var call =
        StorageCommands.subresource(
            WEB, "addvolume", DiskPatches.addVolume("data-2", true, "scsi"));
    ScriptStep hotplug = ScriptStep.of(call, List.of());

    assertThat(StorageCommands.addVolumeCommands(WEB, "data-2", true, "scsi"))
        .contains(hotplug.kubectl());
    assertThat(bash(hotplug))
        .contains(
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/addvolume"
                + " -f - <<< '{");
    assertThat(module(ansibleTasks(hotplug).getFirst(), "ansible.builtin.command").get("stdin"))
        .isEqualTo(call.body());
    assertThat(yaml(hotplug)).contains("# PUT ").contains("name: data-2");
  }

  @Test
  void attachIsAJsonPatchAndExpandAMergePatchOfTheClaim() {
    String patch = "[{\"op\":\"add\",\"path\":\"/spec/template/spec/volumes/-\",\"value\":{}}]";
    ScriptStep attach = ScriptStep.of(StorageCommands.patchVm(WEB, patch), List.of());
    ResourceKey claim = new ResourceKey("shop", "data-2");
    ScriptStep expand = ScriptStep.of(StorageCommands.expand(claim, "20Gi"), List.of());

    assertThat(StorageCommands.patchVmCommands(WEB, patch)).containsExactly(attach.kubectl());
    assertThat(StorageCommands.expandCommands(claim, "20Gi")).containsExactly(expand.kubectl());
    assertThat(bash(expand))
        .contains(
            "kubectl patch pvc data-2 -n shop --type merge -p"
                + " '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"20Gi\"}}}}'");
    var tasks = ansibleTasks(attach, expand);
    assertThat(tasks.get(0)).containsKey("kubernetes.core.k8s_json_patch");
    var merge = module(tasks.get(1), "kubernetes.core.k8s");
    assertThat(merge).containsEntry("state", "patched").containsEntry("merge_type", "merge");
    assertThat(merge.get("definition").toString())
        .contains("apiVersion=v1", "kind=PersistentVolumeClaim", "name=data-2", "storage=20Gi");
  }
}
