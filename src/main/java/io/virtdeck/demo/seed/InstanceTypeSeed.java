package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cluster instance types and preferences of the demo cluster, shaped like KubeVirt's
 * common-instancetypes bundle: the {@code u1} (universal), {@code cx1} (compute exclusive,
 * dedicated CPUs) and {@code m1} (memory intensive, huge pages) series in sizes small to 2xlarge,
 * and the preferences of the demo's guest systems (fedora, ubuntu, rhel.9, windows.2k22).
 */
final class InstanceTypeSeed {

  /** One series: name, display name, memory per vCPU in GiB for sizes above small, extras. */
  record Series(String name, String displayName, int gibPerCpu, Map<String, Object> cpuExtras) {}

  /** One size: name and vCPUs; small has 1 vCPU and half the memory of medium. */
  record Size(String name, int cpus) {}

  static final List<Series> SERIES =
      List.of(
          new Series("u1", "Universal", 4, Map.of()),
          new Series(
              "cx1",
              "Compute Exclusive",
              2,
              Map.of("dedicatedCPUPlacement", true, "isolateEmulatorThread", true)),
          new Series("m1", "Memory Intensive", 8, Map.of()));

  static final List<Size> SIZES =
      List.of(
          new Size("small", 1),
          new Size("medium", 1),
          new Size("large", 2),
          new Size("xlarge", 4),
          new Size("2xlarge", 8));

  /** A preference: name, display name, OS type, minimum CPU and memory, its device choices. */
  record Preference(
      String name,
      String displayName,
      String osType,
      int minCpus,
      String minMemory,
      Map<String, Object> devices,
      @Nullable Map<String, Object> firmware) {}

  static final List<Preference> PREFERENCES =
      List.of(
          linux("fedora", "Fedora Linux", "2Gi"),
          linux("ubuntu", "Ubuntu", "2Gi"),
          linux("rhel.9", "Red Hat Enterprise Linux 9", "1.5Gi"),
          new Preference(
              "windows.2k22",
              "Microsoft Windows Server 2022",
              "windows",
              1,
              "4Gi",
              map(
                  "preferredDiskBus",
                  "sata",
                  "preferredInterfaceModel",
                  "e1000e",
                  "preferredTPM",
                  map("persistent", true),
                  "preferredUseVirtioTransitional",
                  false),
              map("preferredUseEfi", true, "preferredUseSecureBoot", true)));

  private InstanceTypeSeed() {}

  private static Preference linux(String name, String displayName, String minMemory) {
    return new Preference(
        name,
        displayName,
        "linux",
        1,
        minMemory,
        map(
            "preferredDiskBus", "virtio",
            "preferredInterfaceModel", "virtio",
            "preferredRng", map()),
        null);
  }

  /** The memory of a size of a series, as a quantity. */
  static String memory(Series series, Size size) {
    if (size.name().equals("small")) {
      return (series.gibPerCpu() / 2) + "Gi";
    }
    return (size.cpus() * series.gibPerCpu()) + "Gi";
  }

  static void seed(KubernetesClient admin) {
    var types = Json.kind(admin, "VirtualMachineClusterInstancetype");
    for (var series : SERIES) {
      for (var size : SIZES) {
        types.resource(instanceType(series, size)).create();
      }
    }
    var preferences = Json.kind(admin, "VirtualMachineClusterPreference");
    for (var preference : PREFERENCES) {
      preferences.resource(preference(preference)).create();
    }
  }

  private static io.fabric8.kubernetes.api.model.GenericKubernetesResource instanceType(
      Series series, Size size) {
    String memory = memory(series, size);
    var cpu = new java.util.LinkedHashMap<String, Object>(map("guest", size.cpus()));
    cpu.putAll(series.cpuExtras());
    Map<String, Object> memorySpec =
        series.name().equals("u1")
            ? map("guest", memory)
            : map("guest", memory, "hugepages", map("pageSize", "2Mi"));
    return Json.object(
        "VirtualMachineClusterInstancetype",
        null,
        series.name() + "." + size.name(),
        Json.strings(
            "instancetype.kubevirt.io/vendor",
            "kubevirt.io",
            "instancetype.kubevirt.io/class",
            series.displayName(),
            "instancetype.kubevirt.io/cpu",
            String.valueOf(size.cpus()),
            "instancetype.kubevirt.io/memory",
            memory,
            "instancetype.kubevirt.io/common-instancetypes-version",
            "v1.4.0"),
        Json.strings(
            "instancetype.kubevirt.io/description",
            series.displayName() + " " + size.name() + ": " + size.cpus() + " vCPU, " + memory,
            "instancetype.kubevirt.io/displayName",
            series.displayName()),
        map("spec", map("cpu", cpu, "memory", memorySpec)));
  }

  private static io.fabric8.kubernetes.api.model.GenericKubernetesResource preference(
      Preference p) {
    var spec = new ArrayList<Object>();
    spec.add("devices");
    spec.add(p.devices());
    spec.add("requirements");
    spec.add(map("cpu", map("guest", p.minCpus()), "memory", map("guest", p.minMemory())));
    if (p.firmware() != null) {
      spec.add("firmware");
      spec.add(p.firmware());
    }
    spec.add("annotations");
    spec.add(map("vm.kubevirt.io/os", p.name().replace(".", "")));
    return Json.object(
        "VirtualMachineClusterPreference",
        null,
        p.name(),
        Json.strings(
            "instancetype.kubevirt.io/vendor",
            "kubevirt.io",
            "instancetype.kubevirt.io/os-type",
            p.osType()),
        Json.strings(
            "openshift.io/display-name",
            p.displayName(),
            "iconClass",
            "icon-" + p.name().replaceAll("\\..*", "")),
        map("spec", map(spec.toArray())));
  }
}
