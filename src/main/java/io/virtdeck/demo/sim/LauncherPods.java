package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The virt-launcher pod behind each running VMI, as KubeVirt creates it: named {@code
 * virt-launcher-<vmi>-<suffix>}, labelled with the VM's name, owned by the VMI, on the VMI's node,
 * Running with the VMI's pod IP. Status only: nothing runs in it. Deleted with the VMI.
 */
final class LauncherPods {

  static final String VM_NAME_LABEL = "vm.kubevirt.io/name";

  private final KubernetesClient admin;
  private final Set<String> created = ConcurrentHashMap.newKeySet();

  LauncherPods(KubernetesClient admin) {
    this.admin = admin;
  }

  /** Creates the launcher pod of a running VMI, once. */
  void ensure(GenericKubernetesResource vmi) {
    var meta = vmi.getMetadata();
    String key = meta.getNamespace() + "/" + meta.getName();
    String node = Api.get(vmi, "status", "nodeName");
    if (node == null || !created.add(key)) {
      return;
    }
    try {
      admin.pods().inNamespace(meta.getNamespace()).resource(pod(vmi, node)).create();
    } catch (KubernetesClientException e) {
      if (!Api.isConflict(e)) {
        created.remove(key);
        throw e;
      }
    }
  }

  /** Deletes the launcher pods of the VMI {@code name}. */
  void delete(String ns, String name) {
    created.remove(ns + "/" + name);
    admin.pods().inNamespace(ns).withLabel(VM_NAME_LABEL, name).delete();
  }

  private static Pod pod(GenericKubernetesResource vmi, String node) {
    var meta = vmi.getMetadata();
    List<Map<String, Object>> interfaces = Api.get(vmi, "status", "interfaces");
    Object ip =
        interfaces == null || interfaces.isEmpty() ? null : interfaces.getFirst().get("ipAddress");
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String suffix = Integer.toString(Math.floorMod(meta.getUid().hashCode(), 60466176), 36);
    return new PodBuilder()
        .withNewMetadata()
        .withName("virt-launcher-" + meta.getName() + "-" + suffix)
        .withNamespace(meta.getNamespace())
        .withLabels(
            Map.of(
                "kubevirt.io",
                "virt-launcher",
                "kubevirt.io/created-by",
                meta.getUid(),
                VM_NAME_LABEL,
                meta.getName()))
        .addNewOwnerReference()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachineInstance")
        .withName(meta.getName())
        .withUid(meta.getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .addNewContainer()
        .withName("compute")
        .withImage(Statuses.LAUNCHER_IMAGE)
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase("Running")
        .withPodIP(ip == null ? null : String.valueOf(ip))
        .withHostIP(null)
        .withStartTime(now)
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .withLastTransitionTime(now)
        .endCondition()
        .addNewContainerStatus()
        .withName("compute")
        .withReady(true)
        .withStarted(true)
        .withRestartCount(0)
        .withImage(Statuses.LAUNCHER_IMAGE)
        .withNewState()
        .withNewRunning()
        .withStartedAt(now)
        .endRunning()
        .endState()
        .endContainerStatus()
        .endStatus()
        .build();
  }
}
