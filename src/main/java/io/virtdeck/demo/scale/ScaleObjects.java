package io.virtdeck.demo.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of the scaled demo cluster, as generic resources: pure functions of the plan and the
 * VM index. VMs and instances carry managedFields and a last-applied annotation as kubectl and the
 * controllers leave them on a real cluster, so that the cost of caching them is realistic.
 */
public final class ScaleObjects {

  static final String KUBEVIRT = "kubevirt.io/v1";
  static final String CREATED = "2025-06-01T08:00:00Z";
  private static final List<String> OS =
      List.of("Fedora Linux 42", "Red Hat Enterprise Linux 9.6", "Ubuntu 24.04.2 LTS");

  private ScaleObjects() {}

  /** VM {@code i}, running or halted. */
  public static GenericKubernetesResource vm(ScalePlan plan, int i, boolean running) {
    String name = ScalePlan.vmName(i);
    var vm = object(KUBEVIRT, "VirtualMachine", plan.namespaceOf(i), name);
    vm.getMetadata().setLabels(Map.of("app", "app-" + i % 50, "tier", i % 2 == 0 ? "web" : "db"));
    vm.getMetadata()
        .setAnnotations(
            Map.of(
                "vm.kubevirt.io/os",
                List.of("fedora", "rhel9", "ubuntu").get(i % 3),
                "kubectl.kubernetes.io/last-applied-configuration",
                "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\",\"metadata\":{\"name\":\""
                    + name
                    + "\"},\"spec\":{\"runStrategy\":\"Always\",\"template\":{\"spec\":{\"domain\":{\"cpu\":{\"cores\":2},\"memory\":{\"guest\":\"4Gi\"}}}}}}"));
    vm.getMetadata().setManagedFields(ScaleStatus.managedFields("kubectl-client-side-apply"));
    var disks = new java.util.ArrayList<Object>();
    var volumes = new java.util.ArrayList<Object>();
    if (ScalePlan.hasDisk(i)) {
      disks.add(Map.of("name", "rootdisk", "disk", Map.of("bus", "virtio")));
      volumes.add(Map.of("name", "rootdisk", "dataVolume", Map.of("name", diskName(i))));
    }
    volumes.add(
        Map.of("name", "cloudinit", "cloudInitNoCloud", Map.of("userData", "#cloud-config")));
    disks.add(Map.of("name", "cloudinit", "disk", Map.of("bus", "virtio")));
    var domain =
        Map.of(
            "cpu", Map.of("cores", 1 + i % 4, "sockets", 1, "threads", 1),
            "memory", Map.of("guest", (2 << i % 3) + "Gi"),
            "devices",
                Map.of(
                    "disks",
                    disks,
                    "interfaces",
                    List.of(Map.of("name", "default", "masquerade", Map.of()))));
    var template =
        Map.of(
            "metadata", Map.of("labels", Map.of("kubevirt.io/domain", name)),
            "spec",
                Map.of(
                    "domain",
                    domain,
                    "networks",
                    List.of(Map.of("name", "default", "pod", Map.of())),
                    "volumes",
                    volumes));
    vm.setAdditionalProperty(
        "spec", Map.of("runStrategy", running ? "Always" : "Halted", "template", template));
    vm.setAdditionalProperty("status", ScaleStatus.vmStatus(running));
    return vm;
  }

  /** The running instance of VM {@code i}, on its node with its address. */
  public static GenericKubernetesResource vmi(ScalePlan plan, int i, int moves, int ipChanges) {
    var vmi = object(KUBEVIRT, "VirtualMachineInstance", plan.namespaceOf(i), ScalePlan.vmName(i));
    vmi.getMetadata()
        .setLabels(
            Map.of(
                "kubevirt.io/domain", ScalePlan.vmName(i),
                "kubevirt.io/nodeName", plan.nodeOf(i, moves)));
    vmi.getMetadata().setManagedFields(ScaleStatus.managedFields("virt-handler"));
    vmi.setAdditionalProperty("spec", Map.of("domain", Map.of("cpu", Map.of("cores", 1 + i % 4))));
    vmi.setAdditionalProperty(
        "status",
        ScaleStatus.vmiStatus(plan.nodeOf(i, moves), ScalePlan.ipOf(i, ipChanges), OS.get(i % 3)));
    return vmi;
  }

  /** The DataVolume of VM {@code i}'s disk. */
  public static GenericKubernetesResource dataVolume(ScalePlan plan, int i) {
    var dv = object("cdi.kubevirt.io/v1beta1", "DataVolume", plan.namespaceOf(i), diskName(i));
    dv.setAdditionalProperty(
        "spec",
        Map.of(
            "source", Map.of("blank", Map.of()),
            "storage",
                Map.of(
                    "storageClassName",
                    storageClass(i),
                    "resources",
                    Map.of("requests", Map.of("storage", "30Gi")))));
    dv.setAdditionalProperty(
        "status", Map.of("phase", "Succeeded", "progress", "100.0%", "claimName", diskName(i)));
    return dv;
  }

  /** The bound claim of VM {@code i}'s disk. */
  public static GenericKubernetesResource claim(ScalePlan plan, int i) {
    var pvc = object("v1", "PersistentVolumeClaim", plan.namespaceOf(i), diskName(i));
    pvc.setAdditionalProperty(
        "spec",
        Map.of(
            "accessModes", List.of("ReadWriteMany"),
            "storageClassName", storageClass(i),
            "volumeMode", "Block",
            "volumeName", "pvc-" + i,
            "resources", Map.of("requests", Map.of("storage", "30Gi"))));
    pvc.setAdditionalProperty(
        "status",
        Map.of(
            "phase",
            "Bound",
            "accessModes",
            List.of("ReadWriteMany"),
            "capacity",
            Map.of("storage", "30Gi")));
    return pvc;
  }

  static String diskName(int i) {
    return ScalePlan.vmName(i) + "-root";
  }

  private static String storageClass(int i) {
    return i % 10 == 0 ? "nfs-slow" : "ceph-rbd";
  }

  static GenericKubernetesResource object(
      String apiVersion,
      String kind,
      @org.jspecify.annotations.Nullable String namespace,
      String name) {
    var result = new GenericKubernetesResource();
    result.setApiVersion(apiVersion);
    result.setKind(kind);
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(namespace);
    metadata.setCreationTimestamp(CREATED);
    result.setMetadata(metadata);
    result.setAdditionalProperties(new LinkedHashMap<>(result.getAdditionalProperties()));
    return result;
  }
}
