package io.virtdeck.vm.rows;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmSummariesTest {

  private final VirtualMachine web = Fixtures.load("vm-web.yaml", VirtualMachine.class);
  private final VirtualMachineInstance webVmi =
      Fixtures.load("vmi-web.yaml", VirtualMachineInstance.class);
  private final PersistentVolumeClaim data =
      Fixtures.load("pvc-web-data.yaml", PersistentVolumeClaim.class);

  private final StorageLookup storage =
      new StorageLookup() {
        @Override
        public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
          return "shop".equals(namespace) && "web-01-data".equals(name)
              ? Optional.of(data)
              : Optional.empty();
        }

        @Override
        public Optional<DataVolume> dataVolume(String namespace, String name) {
          return Optional.empty();
        }
      };

  @Test
  void disksShowTheirDatastoreSizeBusAndSource() {
    VmSummary summary = VmSummaries.summary(web, webVmi, storage);

    assertThat(summary.disks())
        .containsExactly(
            new VmDisk(
                "rootdisk",
                "disk",
                "virtio",
                "DataVolume",
                "web-01-root",
                "30Gi",
                "ceph-rbd",
                1,
                false),
            new VmDisk(
                "data",
                "disk",
                "scsi",
                "PersistentVolumeClaim",
                "web-01-data",
                "100Gi",
                "nfs-slow",
                0,
                true),
            new VmDisk(
                "install",
                "cdrom",
                "sata",
                "containerDisk",
                "quay.io/containerdisks/fedora:40",
                "",
                "",
                0,
                false),
            new VmDisk("cloudinit", "disk", "virtio", "cloudInit", "", "", "", 0, false));
  }

  @Test
  void nicsShowPortGroupModelMacAndAddresses() {
    VmSummary summary = VmSummaries.summary(web, webVmi, storage);

    assertThat(summary.nics())
        .containsExactly(
            new VmNic(
                "default",
                "",
                "masquerade",
                "virtio",
                "02:00:00:aa:bb:cc",
                java.util.List.of("10.244.1.15", "fe80::1")),
            new VmNic(
                "prod",
                "vlan-100-prod",
                "bridge",
                "e1000e",
                "02:00:00:00:01:01",
                java.util.List.of("192.168.100.21")));
    assertThat(summary.nics().get(0).podNetwork()).isTrue();
  }

  @Test
  void summaryCarriesAgentLabelsNotesAndRunStrategy() {
    VmSummary summary = VmSummaries.summary(web, webVmi, storage);

    assertThat(summary.guestAgentConnected()).isTrue();
    assertThat(summary.labels()).containsEntry("app", "shop").containsEntry("tier", "web");
    assertThat(summary.notes()).isEqualTo("Front-end for the shop");
    assertThat(summary.runStrategy()).isEqualTo("Always");
    assertThat(summary.problem()).isEmpty();
  }

  @Test
  void kubeVirtsRestartRequiredConditionIsShown() {
    assertThat(VmSummaries.summary(web, webVmi, storage).restartRequired()).isFalse();
    var restart = new io.virtdeck.cluster.model.Condition();
    restart.type = "RestartRequired";
    restart.status = "True";
    web.getStatus().conditions = java.util.List.of(restart);

    assertThat(VmSummaries.summary(web, webVmi, storage).restartRequired()).isTrue();
  }

  @Test
  void withoutAgentConditionTheAgentIsNotRunning() {
    webVmi.getStatus().conditions = java.util.List.of();

    assertThat(VmSummaries.summary(web, webVmi, storage).guestAgentConnected()).isFalse();
    assertThat(VmSummaries.summary(web, null, storage).guestAgentConnected()).isFalse();
  }

  @Test
  void failedSchedulingIsExplained() {
    VirtualMachine vm = Fixtures.load("vm-unschedulable.yaml", VirtualMachine.class);
    VirtualMachineInstance vmi =
        Fixtures.load("vmi-unschedulable.yaml", VirtualMachineInstance.class);

    assertThat(VmSummaries.summary(vm, vmi, storage).problem())
        .isEqualTo("0/4 nodes are available: 4 Insufficient memory.");
  }

  @Test
  void legacyRunningFlagBecomesARunStrategy() {
    web.getSpec().runStrategy = null;
    web.getSpec().running = false;

    assertThat(VmSummaries.runStrategy(web)).isEqualTo("Halted");
  }
}
