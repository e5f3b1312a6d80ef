package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A catalog and folder like the demo cluster's, and a valid new VM, for the wizard's tests. */
final class NewVmFixtures {

  private NewVmFixtures() {}

  static final ResourceKey FEDORA = new ResourceKey("boot-images", "fedora");

  /** An Ed25519 public key as ssh-keygen writes it. */
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@example";

  static final Catalog CATALOG =
      new Catalog(
          List.of(
              new InstanceTypeRow("u1.medium", true, "u1", "medium", 1, "4Gi", ""),
              new InstanceTypeRow("cx1.large", true, "cx1", "large", 4, "8Gi", "")),
          List.of(
              new PreferenceRow("fedora", true, "Fedora", "linux", 1, "2Gi"),
              new PreferenceRow("windows.2k22", true, "Windows Server 2022", "windows", 2, "4Gi")),
          List.of(new BootSourceRow(FEDORA, "fedora", "u1.medium", "30Gi", true)),
          List.of());

  static final NewVmContext CONTEXT =
      new NewVmContext(
          Set.of("dev", "shop"),
          Set.of("web-01"),
          Set.of("web-01-rootdisk", "old-rootdisk", "scratch"),
          Map.of("scratch", "10Gi"),
          List.of("ceph-rbd", "local-path"),
          List.of("dev/vlan-200-dmz"),
          CATALOG);

  /** A new VM's values, changed by a test before {@link #vm()}. */
  static final class Draft {
    String name = "fedora-01";
    String namespace = "dev";
    String instanceType = "u1.medium";
    String cpus = "";
    String memory = "";
    String preference = "fedora";
    NewVm.BootDisk boot =
        new NewVm.BootDisk(NewVm.Source.DATA_SOURCE, FEDORA, "", "ceph-rbd", "30Gi");
    List<NewVm.ExtraDisk> disks =
        List.of(new NewVm.ExtraDisk("fedora-01-data", "20Gi", "local-path"));
    List<String> networks = List.of(NewVm.POD_NETWORK, "dev/vlan-200-dmz");
    NewVm.Guest guest = new NewVm.Guest("fedora-01", "alice", "correct-horse", KEY);
    boolean powerOn = true;
    boolean template;

    NewVm vm() {
      return new NewVm(
          name,
          namespace,
          instanceType,
          cpus,
          memory,
          preference,
          boot,
          disks,
          networks,
          guest,
          powerOn,
          template);
    }
  }

  static NewVm valid() {
    return new Draft().vm();
  }

  /** The valid VM with the test's changes. */
  static NewVm valid(java.util.function.Consumer<Draft> change) {
    Draft draft = new Draft();
    change.accept(draft);
    return draft.vm();
  }
}
