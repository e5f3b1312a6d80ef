package io.virtdeck.rvtools.export;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmSummaries;
import io.virtdeck.vm.rows.VmSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Pure translation of a VirtualMachine, its instance and its storage into {@link VmFacts}. */
public final class VmFactsOf {

  /** The label that marks a stopped VM as a template (as the New VM feature sets it). */
  public static final String TEMPLATE_LABEL = "virtdeck.io/template";

  private VmFactsOf() {}

  public static VmFacts of(
      VirtualMachine vm,
      @Nullable VirtualMachineInstance vmi,
      StorageLookup storage,
      String datacenter) {
    VmSummary summary = VmSummaries.summary(vm, vmi, storage);
    VmiSpec spec = templateSpec(vm);
    Map<String, @Nullable Object> firmware = map(domainField(spec, "firmware"));
    Map<String, @Nullable Object> efi = map(map(firmware.get("bootloader")).get("efi"));
    boolean usesEfi = !map(firmware.get("bootloader")).isEmpty() && efi != NONE;
    List<VmFacts.DiskFacts> disks = disks(spec, summary.disks());
    long provisioned = sum(disks.stream().mapToLong(VmFacts.DiskFacts::capacityBytes).toArray());
    VmiSpec.Cpu cpu = spec.domain == null ? null : spec.domain.cpu;
    int sockets = cpu == null || cpu.sockets == null ? 1 : Math.max(1, cpu.sockets);
    int cores = cpu == null || cpu.cores == null ? 1 : Math.max(1, cpu.cores);
    return new VmFacts(
        summary,
        datacenter,
        "true".equals(label(vm, TEMPLATE_LABEL)),
        dnsName(spec, vm, summary.guestAgentConnected()),
        sockets,
        cores,
        usesEfi ? "efi" : "bios",
        String.valueOf(map(domainField(spec, "machine")).getOrDefault("type", "")),
        usesEfi && Boolean.TRUE.equals(efi.get("secureBoot")),
        firmware.get("uuid") == null ? "" : String.valueOf(firmware.get("uuid")),
        Optional.ofNullable(vm.getMetadata().getUid()).orElse(""),
        configuredOs(vm),
        toolsOs(vmi),
        disks,
        provisioned,
        inUse(summary.disks(), storage, vm));
  }

  private static final Map<String, @Nullable Object> NONE = Map.of();

  static VmiSpec templateSpec(VirtualMachine vm) {
    var spec = vm.getSpec();
    return spec == null || spec.template == null || spec.template.spec == null
        ? new VmiSpec()
        : spec.template.spec;
  }

  private static @Nullable Object domainField(VmiSpec spec, String name) {
    return spec.domain == null ? null : spec.domain.getAdditionalProperties().get(name);
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : NONE;
  }

  private static @Nullable String label(VirtualMachine vm, String key) {
    Map<String, String> labels = vm.getMetadata().getLabels();
    return labels == null ? null : labels.get(key);
  }

  /** The guest's host name: the spec's hostname (and subdomain), or the VM name while it runs. */
  private static String dnsName(VmiSpec spec, VirtualMachine vm, boolean agentConnected) {
    Object hostname = spec.getAdditionalProperties().get("hostname");
    Object subdomain = spec.getAdditionalProperties().get("subdomain");
    if (hostname != null) {
      return subdomain == null ? hostname.toString() : hostname + "." + subdomain;
    }
    return agentConnected ? vm.getMetadata().getName() : "";
  }

  private static String configuredOs(VirtualMachine vm) {
    Map<String, String> annotations = vm.getMetadata().getAnnotations();
    String os = annotations == null ? null : annotations.get("vm.kubevirt.io/os");
    if (os != null) {
      return os;
    }
    var preference = vm.getSpec() == null ? null : vm.getSpec().preference;
    return preference == null || preference.name == null ? "" : preference.name;
  }

  private static String toolsOs(@Nullable VirtualMachineInstance vmi) {
    var info = vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().guestOSInfo;
    if (info == null) {
      return "";
    }
    String pretty = info.prettyName != null ? info.prettyName : info.name;
    return pretty == null ? "" : pretty;
  }

  private static List<VmFacts.DiskFacts> disks(VmiSpec spec, List<VmDisk> disks) {
    List<VmFacts.DiskFacts> result = new ArrayList<>();
    List<VmiSpec.Disk> devices =
        spec.domain == null || spec.domain.devices == null || spec.domain.devices.disks == null
            ? List.of()
            : spec.domain.devices.disks;
    for (int i = 0; i < disks.size(); i++) {
      VmDisk disk = disks.get(i);
      if (disk.type().equals("cdrom") || disk.sourceKind().equals("cloudInit")) {
        continue; // RVTools lists CD drives apart (vCD); cloud-init is configuration, not a disk
      }
      Object shareable =
          i < devices.size() ? devices.get(i).getAdditionalProperties().get("shareable") : null;
      long bytes = disk.size().isEmpty() ? -1 : KubeValues.bytesOrUnknown(disk.size());
      result.add(new VmFacts.DiskFacts(disk, result.size(), bytes, Boolean.TRUE.equals(shareable)));
    }
    return result;
  }

  /** What the disks' bound claims hold (their status capacity); -1 when no claim says. */
  private static long inUse(List<VmDisk> vmDisks, StorageLookup storage, VirtualMachine vm) {
    String namespace = vm.getMetadata().getNamespace();
    long total = 0;
    boolean known = false;
    for (VmDisk disk : vmDisks) {
      if (disk.source().isEmpty() || namespace == null || !isClaim(disk)) {
        continue;
      }
      var claim = storage.claim(namespace, disk.source());
      var capacity =
          claim
              .map(c -> c.getStatus() == null ? null : c.getStatus().getCapacity())
              .map(c -> c.get("storage"));
      if (capacity.isPresent()) {
        total += KubeValues.bytesOrUnknown(capacity.get().toString());
        known = true;
      }
    }
    return known ? total : -1;
  }

  private static boolean isClaim(VmDisk disk) {
    return disk.sourceKind().equals("DataVolume")
        || disk.sourceKind().equals("PersistentVolumeClaim");
  }

  private static long sum(long[] values) {
    long total = 0;
    boolean known = false;
    for (long v : values) {
      if (v >= 0) {
        total += v;
        known = true;
      }
    }
    return known ? total : -1;
  }
}
