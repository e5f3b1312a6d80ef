package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.testing.Fixtures;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmDisks;
import io.virtdeck.vm.rows.VmNics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wizard is filled from a template's compute, boot disk and port groups, never its name. */
class NewVmPrefillTest {

  private static final StorageLookup NOTHING =
      new StorageLookup() {
        @Override
        public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
          return Optional.empty();
        }

        @Override
        public Optional<DataVolume> dataVolume(String namespace, String name) {
          return Optional.empty();
        }
      };

  private static NewVmPrefill prefill(VirtualMachine vm) {
    return NewVmPrefill.of(vm, VmDisks.of(vm, NOTHING), VmNics.of(vm, null));
  }

  @Test
  void aTemplateWithItsOwnCpuAndMemoryClonesItsBootDiskOntoItsPortGroups() {
    VirtualMachine template = Fixtures.load("vm-web.yaml", VirtualMachine.class);

    NewVmPrefill prefill = prefill(template);

    assertThat(prefill.sourceName()).isEqualTo("web-01");
    assertThat(prefill.folder()).isEqualTo("shop");
    assertThat(prefill.instanceType()).isEmpty();
    assertThat(prefill.cpus()).isEqualTo("4");
    assertThat(prefill.memory()).isEqualTo("4Gi");
    assertThat(prefill.bootSource()).isEqualTo(NewVm.Source.CLONE_DISK);
    // the boot disk's DataVolume (its claim has the same name), sized from its template
    assertThat(prefill.bootDisk()).isEqualTo("web-01-root");
    assertThat(prefill.size()).isEqualTo("30Gi");
    assertThat(prefill.storageClass()).isEqualTo("ceph-rbd");
    assertThat(prefill.networks()).containsExactly(NewVm.POD_NETWORK, "vlan-100-prod");
  }

  @Test
  void aTemplateSizedByAnInstanceTypeKeepsItsTypeAndPreference() {
    VirtualMachine template = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);
    template.getSpec().instancetype = new VirtualMachine.Matcher();
    template.getSpec().instancetype.name = "u1.medium";

    NewVmPrefill prefill = prefill(template);

    assertThat(prefill.instanceType()).isEqualTo("u1.medium");
    assertThat(prefill.preference()).isEqualTo("windows.2k22");
    assertThat(prefill.bootSource()).isEqualTo(NewVm.Source.CLONE_DISK);
    assertThat(prefill.bootDisk()).isEqualTo("win-ad-01-root");
    assertThat(prefill.networks()).containsExactly(NewVm.POD_NETWORK);
  }

  @Test
  void theBootDiskIsTheFirstInBootOrderAndNeverACdromOrCloudInit() {
    List<VmDisk> disks =
        List.of(
            new VmDisk("cloudinit", "disk", "virtio", "cloudInit", "", "", "", 0, false),
            new VmDisk("iso", "cdrom", "sata", "DataVolume", "iso-dv", "1Gi", "", 1, false),
            new VmDisk("data", "disk", "virtio", "PersistentVolumeClaim", "d", "9Gi", "", 0, false),
            new VmDisk("os", "disk", "virtio", "DataVolume", "os-dv", "30Gi", "x", 2, false));

    assertThat(NewVmPrefill.bootDisk(disks)).map(VmDisk::name).contains("os");
    assertThat(NewVmPrefill.bootDisk(disks.subList(0, 3))).map(VmDisk::name).contains("data");
    assertThat(NewVmPrefill.bootDisk(disks.subList(0, 2))).isEmpty();
  }

  @Test
  void aContainerDiskTemplateDeploysTheSameImage() {
    List<VmDisk> disks =
        List.of(
            new VmDisk(
                "root",
                "disk",
                "virtio",
                "containerDisk",
                "quay.io/x/fedora:41",
                "",
                "",
                1,
                false));
    VirtualMachine template = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);

    NewVmPrefill prefill = NewVmPrefill.of(template, disks, List.of());

    assertThat(prefill.bootSource()).isEqualTo(NewVm.Source.CONTAINER_DISK);
    assertThat(prefill.bootDisk()).isEqualTo("quay.io/x/fedora:41");
    assertThat(prefill.networks()).isEmpty();
  }
}
