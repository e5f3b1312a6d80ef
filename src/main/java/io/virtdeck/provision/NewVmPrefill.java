package io.virtdeck.provision;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmNic;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the New VM wizard is filled with when it deploys from a template (or clones a VM to a
 * template): the source's folder, its instance type or vCPUs and memory, its preference, its boot
 * disk (a claim or DataVolume to clone, or its container disk image) with datastore and size, and
 * its port groups; never a name. Pure.
 */
public record NewVmPrefill(
    String sourceName,
    String folder,
    String instanceType,
    String cpus,
    String memory,
    String preference,
    NewVm.Source bootSource,
    String bootDisk,
    String size,
    String storageClass,
    List<String> networks) {

  public NewVmPrefill {
    networks = List.copyOf(networks);
  }

  /** From the source VM, its disks and its network adapters as its Summary shows them. */
  public static NewVmPrefill of(VirtualMachine vm, List<VmDisk> disks, List<VmNic> nics) {
    VirtualMachine.Spec spec = vm.getSpec();
    VmSettings settings = CurrentSettings.of(vm, false).settings();
    Optional<VmDisk> boot = bootDisk(disks);
    NewVm.Source source =
        boot.map(
                d ->
                    d.sourceKind().equals("containerDisk")
                        ? NewVm.Source.CONTAINER_DISK
                        : NewVm.Source.CLONE_DISK)
            .orElse(NewVm.Source.BLANK);
    return new NewVmPrefill(
        String.valueOf(vm.getMetadata().getName()),
        String.valueOf(vm.getMetadata().getNamespace()),
        spec == null || spec.instancetype == null ? "" : orEmpty(spec.instancetype.name),
        String.valueOf(settings.vcpus()),
        settings.memory() == null ? "" : settings.memory(),
        spec == null || spec.preference == null ? "" : orEmpty(spec.preference.name),
        source,
        boot.map(VmDisk::source).orElse(""),
        boot.map(VmDisk::size).orElse(""),
        boot.map(VmDisk::storageClass).orElse(""),
        nics.stream().map(n -> n.podNetwork() ? NewVm.POD_NETWORK : n.network()).toList());
  }

  /**
   * The disk the VM boots from: the one first in boot order, else its first disk; only a disk
   * backed by a claim, a DataVolume or a container disk image (never a CD-ROM or cloud-init).
   */
  static Optional<VmDisk> bootDisk(List<VmDisk> disks) {
    List<VmDisk> bootable =
        disks.stream()
            .filter(d -> d.type().equals("disk"))
            .filter(
                d ->
                    List.of("DataVolume", "PersistentVolumeClaim", "containerDisk")
                        .contains(d.sourceKind()))
            .toList();
    return bootable.stream()
        .filter(d -> d.bootOrder() > 0)
        .min(Comparator.comparingInt(VmDisk::bootOrder))
        .or(() -> bootable.stream().findFirst());
  }

  private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
    return value == null ? "" : value;
  }
}
