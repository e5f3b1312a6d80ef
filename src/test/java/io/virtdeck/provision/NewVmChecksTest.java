package io.virtdeck.provision;

import static io.virtdeck.provision.NewVmFixtures.CONTEXT;
import static io.virtdeck.provision.NewVmFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.provision.NewVmChecks.Step;
import io.virtdeck.task.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The New VM wizard's step checks: a sentence for each bad input, keyed to its field. */
class NewVmChecksTest {

  private static NewVm named(String name, String namespace) {
    return valid(
        d -> {
          d.name = name;
          d.namespace = namespace;
        });
  }

  private static NewVm custom(String cpus, String memory, String preference) {
    return valid(
        d -> {
          d.instanceType = "";
          d.cpus = cpus;
          d.memory = memory;
          d.preference = preference;
        });
  }

  private static NewVm booting(NewVm.BootDisk boot, List<NewVm.ExtraDisk> disks) {
    return valid(
        d -> {
          d.boot = boot;
          d.disks = disks;
        });
  }

  private static NewVm guest(NewVm.Guest guest, String preference, List<String> networks) {
    return valid(
        d -> {
          d.guest = guest;
          d.preference = preference;
          d.networks = networks;
        });
  }

  private static List<String> keys(Step step, NewVm vm) {
    return NewVmChecks.step(step, vm, CONTEXT).stream().map(Message::key).toList();
  }

  @Test
  void aValidVmHasNoProblemInAnyStep() {
    assertThat(NewVmChecks.all(valid(), CONTEXT)).isEmpty();
  }

  @Test
  void namesMustBeDnsLabelsNewInTheFolderAndTheFolderOneTheUserMayUse() {
    assertThat(keys(Step.NAME, named("", "dev"))).containsExactly("prov.new.invalid.name.empty");
    assertThat(keys(Step.NAME, named("Web_01", "dev")))
        .containsExactly("prov.new.invalid.name.dns");
    assertThat(keys(Step.NAME, named("a".repeat(64), "dev")))
        .containsExactly("prov.new.invalid.name.long");
    assertThat(keys(Step.NAME, named("web-01", "dev")))
        .containsExactly("prov.new.invalid.name.taken");
    assertThat(keys(Step.NAME, named("fedora-01", "kube-system")))
        .containsExactly("prov.new.invalid.folder");
  }

  @Test
  void aNameWhoseBootDiskNameIsTakenIsRefusedUnlessItBootsFromAContainerDisk() {
    assertThat(keys(Step.NAME, named("old", "dev")))
        .containsExactly("prov.new.invalid.name.disk-taken");
    var image =
        new NewVm.BootDisk(
            NewVm.Source.CONTAINER_DISK, NewVmFixtures.FEDORA, "quay.io/x/y:1", "", "");
    NewVm ephemeral =
        valid(
            d -> {
              d.name = "old";
              d.boot = image;
              d.disks = List.of();
            });
    assertThat(keys(Step.NAME, ephemeral)).isEmpty();
  }

  @Test
  void customCpuAndMemoryAreCheckedAndSoAreThePreferencesMinimums() {
    assertThat(keys(Step.COMPUTE, custom("2", "4Gi", "fedora"))).isEmpty();
    assertThat(keys(Step.COMPUTE, custom("0", "4Gi", "")))
        .containsExactly("prov.new.invalid.cpus.positive");
    assertThat(keys(Step.COMPUTE, custom("two", "4Gi", "")))
        .containsExactly("prov.new.invalid.cpus.number");
    assertThat(keys(Step.COMPUTE, custom("1000", "4Gi", "")))
        .containsExactly("prov.new.invalid.cpus.too-many");
    assertThat(keys(Step.COMPUTE, custom("2", "abc", "")))
        .containsExactly("prov.new.invalid.memory.quantity");
    assertThat(keys(Step.COMPUTE, custom("2", "1.5.5Gi", "")))
        .containsExactly("prov.new.invalid.memory.quantity");
    assertThat(keys(Step.COMPUTE, custom("2", "4096", "")))
        .containsExactly("prov.new.invalid.memory.unit");
    assertThat(keys(Step.COMPUTE, custom("1", "2Gi", "windows.2k22")))
        .containsExactly("prov.new.invalid.cpus.preference", "prov.new.invalid.memory.preference");
  }

  @Test
  void anInstanceTypeOrPreferenceNotInTheCatalogIsRefused() {
    NewVm unknown = valid(d -> d.instanceType = "z9.huge");
    assertThat(keys(Step.COMPUTE, unknown)).containsExactly("prov.new.invalid.instance-type");
    assertThat(keys(Step.COMPUTE, custom("2", "4Gi", "beos")))
        .containsExactly("prov.new.invalid.preference");
  }

  @Test
  void bootDiskSizesMayNotBeSmallerThanTheImageAndDatastoresMustExist() {
    var small =
        new NewVm.BootDisk(NewVm.Source.DATA_SOURCE, NewVmFixtures.FEDORA, "", "ceph-rbd", "10Gi");
    assertThat(NewVmChecks.step(Step.STORAGE, booting(small, List.of()), CONTEXT))
        .containsExactly(Message.of("prov.new.invalid.boot.size.image", "10Gi", "30Gi"));
    var nowhere = new NewVm.BootDisk(NewVm.Source.BLANK, NewVmFixtures.FEDORA, "", "gold", "abc");
    assertThat(keys(Step.STORAGE, booting(nowhere, List.of())))
        .containsExactly("prov.new.invalid.boot.size.quantity", "prov.new.invalid.boot.datastore");
    var clone =
        new NewVm.BootDisk(
            NewVm.Source.CLONE_DISK, new ResourceKey("dev", "scratch"), "", "ceph-rbd", "8Gi");
    assertThat(keys(Step.STORAGE, booting(clone, List.of())))
        .containsExactly("prov.new.invalid.boot.size.image");
    var elsewhere =
        new NewVm.BootDisk(
            NewVm.Source.DATA_SOURCE, new ResourceKey("boot-images", "beos"), "", "ceph-rbd", "");
    assertThat(keys(Step.STORAGE, booting(elsewhere, List.of())))
        .containsExactly("prov.new.invalid.boot.source");
  }

  @Test
  void containerImagesAndFurtherDisksAreChecked() {
    var image =
        new NewVm.BootDisk(
            NewVm.Source.CONTAINER_DISK, NewVmFixtures.FEDORA, "not an image!", "", "");
    List<NewVm.ExtraDisk> disks =
        List.of(
            new NewVm.ExtraDisk("Data", "20Gi", "ceph-rbd"),
            new NewVm.ExtraDisk("scratch", "20", "nowhere"));
    assertThat(keys(Step.STORAGE, booting(image, disks)))
        .containsExactly(
            "prov.new.invalid.boot.image",
            "prov.new.invalid.disk.name",
            "prov.new.invalid.disk.taken",
            "prov.new.invalid.disk.size.quantity",
            "prov.new.invalid.disk.datastore");
    var fine =
        new NewVm.BootDisk(
            NewVm.Source.CONTAINER_DISK,
            NewVmFixtures.FEDORA,
            "quay.io/containerdisks/fedora:41",
            "",
            "");
    assertThat(keys(Step.STORAGE, booting(fine, List.of()))).isEmpty();
  }

  @Test
  void diskLinesOfAnotherShapeAreNamed() {
    assertThat(DiskLines.parse("data 20Gi ceph-rbd\n\nlogs 5Gi"))
        .containsExactly(new NewVm.ExtraDisk("data", "20Gi", "ceph-rbd"));
    assertThat(DiskLines.problems("data 20Gi ceph-rbd\nlogs 5Gi"))
        .containsExactly(Message.of("prov.new.invalid.disk.line", "2", "logs 5Gi"));
  }

  @Test
  void networksMustBeUsableFromTheFolderAndThePodNetworkOnce() {
    NewVm.Guest none = new NewVm.Guest("", "", "", "");
    assertThat(
            keys(
                Step.NETWORK,
                guest(none, "", List.of(NewVm.POD_NETWORK, NewVm.POD_NETWORK, "prod/vlan-100"))))
        .containsExactly("prov.new.invalid.network.pod-twice", "prov.new.invalid.network.unknown");
  }

  @Test
  void guestCustomizationChecksHostnameUserPasswordAndKeys() {
    var bad =
        new NewVm.Guest("Bad_Host", "Root User", "short", "ssh-rsa notakey\n" + NewVmFixtures.KEY);
    assertThat(NewVmChecks.step(Step.CUSTOMIZE, guest(bad, "fedora", List.of()), CONTEXT))
        .extracting(Message::key)
        .containsExactly(
            "prov.new.invalid.hostname",
            "prov.new.invalid.user",
            "prov.new.invalid.password.short",
            "prov.new.invalid.ssh-key");
    var windows = new NewVm.Guest("", "", "alllowercase", "");
    assertThat(keys(Step.CUSTOMIZE, guest(windows, "windows.2k22", List.of())))
        .containsExactly("prov.new.invalid.password.windows");
    assertThat(keys(Step.CUSTOMIZE, guest(windows, "fedora", List.of()))).isEmpty();
  }

  @Test
  void sshKeysAreKeysOnlyWhenTheirBlobNamesTheirType() {
    assertThat(SshKeys.valid(NewVmFixtures.KEY)).isTrue();
    assertThat(SshKeys.valid(NewVmFixtures.KEY.replace("ssh-ed25519", "ssh-rsa"))).isFalse();
    assertThat(SshKeys.valid("ssh-ed25519 ???")).isFalse();
    assertThat(SshKeys.valid("hello world")).isFalse();
  }
}
