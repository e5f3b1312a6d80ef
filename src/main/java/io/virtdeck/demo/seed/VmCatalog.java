package io.virtdeck.demo.seed;

import io.virtdeck.demo.seed.NetworkSeed.Nad;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The deterministic plan of demo VMs: which VM, where, with which guest and hardware. */
final class VmCatalog {

  /** A guest operating system: preference, OS ids, boot image (null: blank disk). */
  record Os(String preference, String osId, String templateLabel, @Nullable String imageUrl) {

    boolean windows() {
      return osId.startsWith("windows");
    }
  }

  static final Os FEDORA =
      new Os(
          "fedora",
          "fedora",
          "fedora42",
          "https://download.fedoraproject.org/pub/fedora/linux/releases/42/Cloud/x86_64/images/Fedora-Cloud-Base-Generic-42-1.1.x86_64.qcow2");
  static final Os RHEL9 =
      new Os(
          "rhel.9", "rhel9", "rhel9.6", "http://images.lab.example/rhel/rhel-9.6-x86_64-kvm.qcow2");
  static final Os UBUNTU =
      new Os(
          "ubuntu",
          "ubuntu",
          "ubuntu22.04",
          "https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img");
  static final Os WIN2K22 = new Os("windows.2k22", "windows2k22", "win2k22", null);

  /** A kind of VM: name prefix, home folder, app and tier labels, guest and hardware. */
  record Profile(
      String prefix,
      String namespace,
      String app,
      String tier,
      Os os,
      int sockets,
      int cores,
      int threads,
      String memory,
      String rootSize,
      @Nullable String dataSize,
      @Nullable Nad nic,
      String nicModel,
      boolean cdrom,
      String storageClass,
      String notes) {}

  static final Profile UNSCHEDULABLE =
      new Profile(
          "analytics-xl",
          "dev",
          "analytics",
          "batch",
          RHEL9,
          8,
          8,
          2,
          "512Gi",
          "100Gi",
          null,
          null,
          "virtio",
          false,
          "ceph-rbd",
          "Spark driver sized for the old cluster: asks for more memory than any host has");

  static final List<Profile> PROFILES =
      List.of(
          new Profile(
              "web",
              "shop",
              "storefront",
              "frontend",
              FEDORA,
              1,
              2,
              1,
              "4Gi",
              "30Gi",
              null,
              NetworkSeed.DMZ,
              "virtio",
              false,
              "ceph-rbd",
              "Nginx front end of the shop"),
          new Profile(
              "app",
              "shop",
              "storefront",
              "backend",
              RHEL9,
              1,
              4,
              1,
              "8Gi",
              "40Gi",
              null,
              null,
              "virtio",
              false,
              "ceph-rbd",
              "Spring Boot order service"),
          new Profile(
              "db",
              "shop",
              "storefront",
              "database",
              RHEL9,
              2,
              4,
              1,
              "32Gi",
              "40Gi",
              "200Gi",
              NetworkSeed.STORAGE,
              "virtio",
              false,
              "ceph-rbd",
              "PostgreSQL 16 primary"),
          new Profile(
              "win-ad",
              "infra",
              "active-directory",
              "infrastructure",
              WIN2K22,
              1,
              2,
              1,
              "8Gi",
              "80Gi",
              null,
              NetworkSeed.PROD,
              "e1000e",
              false,
              "ceph-rbd",
              "Domain controller LAB.EXAMPLE"),
          new Profile(
              "win-sql",
              "finance",
              "ledger",
              "database",
              WIN2K22,
              2,
              4,
              1,
              "32Gi",
              "120Gi",
              "500Gi",
              NetworkSeed.FINANCE,
              "e1000e",
              false,
              "ceph-rbd",
              "SQL Server 2022 for the ledger"),
          new Profile(
              "erp",
              "finance",
              "erp",
              "backend",
              RHEL9,
              1,
              8,
              1,
              "16Gi",
              "60Gi",
              "100Gi",
              NetworkSeed.FINANCE,
              "virtio",
              false,
              "ceph-rbd",
              "ERP application server"),
          new Profile(
              "ci-runner",
              "dev",
              "ci",
              "build",
              UBUNTU,
              1,
              4,
              2,
              "8Gi",
              "50Gi",
              null,
              null,
              "virtio",
              false,
              "local-path",
              "GitLab runner, scratch disk on local storage"),
          new Profile(
              "k8s-lab",
              "dev",
              "lab",
              "test",
              FEDORA,
              1,
              2,
              1,
              "4Gi",
              "30Gi",
              null,
              NetworkSeed.LAB,
              "virtio",
              false,
              "ceph-rbd",
              "Nested Kubernetes playground"),
          new Profile(
              "monitoring",
              "infra",
              "monitoring",
              "infrastructure",
              UBUNTU,
              1,
              4,
              1,
              "8Gi",
              "40Gi",
              "100Gi",
              null,
              "virtio",
              false,
              "nfs-slow",
              "Prometheus and Grafana"),
          new Profile(
              "win-build",
              "dev",
              "ci",
              "build",
              WIN2K22,
              1,
              4,
              1,
              "16Gi",
              "100Gi",
              null,
              null,
              "e1000e",
              true,
              "ceph-rbd",
              "Windows build agent, installer ISO attached"),
          new Profile(
              "dns",
              "infra",
              "dns",
              "infrastructure",
              FEDORA,
              1,
              1,
              1,
              "2Gi",
              "20Gi",
              null,
              NetworkSeed.PROD,
              "virtio",
              false,
              "ceph-rbd",
              "Unbound resolver"),
          new Profile(
              "cache",
              "shop",
              "storefront",
              "cache",
              UBUNTU,
              1,
              2,
              1,
              "16Gi",
              "20Gi",
              null,
              null,
              "virtio",
              false,
              "ceph-rbd",
              "Redis session cache"));

  /** One planned VM: its index, name, namespace, profile and whether it should run. */
  record PlannedVm(int index, String name, String namespace, Profile profile, boolean running) {

    /** A stable locally administered MAC address for the VM's second NIC. */
    String macAddress() {
      return "02:5d:%02x:%02x:%02x:01"
          .formatted(index >> 16 & 0xff, index >> 8 & 0xff, index & 0xff);
    }
  }

  private VmCatalog() {}

  /**
   * The plan for {@code vmCount} VMs: the first is the unschedulable one, the others cycle through
   * the profiles; about 70 % run. Beyond the first few dozen, VMs go to generated namespaces.
   */
  static List<PlannedVm> plan(int vmCount) {
    var namespaces = NamespaceSeed.vmNamespaces(vmCount);
    var generated = namespaces.subList(NamespaceSeed.SMALL.size(), namespaces.size());
    var result = new ArrayList<PlannedVm>(vmCount);
    for (int i = 0; i < vmCount; i++) {
      if (i == 0) {
        result.add(new PlannedVm(0, "analytics-xl-01", "dev", UNSCHEDULABLE, true));
        continue;
      }
      var profile = PROFILES.get((i - 1) % PROFILES.size());
      int ordinal = (i - 1) / PROFILES.size() + 1;
      String namespace =
          i < DemoInventory.DEFAULT_VM_COUNT || generated.isEmpty()
              ? profile.namespace()
              : generated.get(
                  (i - DemoInventory.DEFAULT_VM_COUNT) / NamespaceSeed.VMS_PER_NAMESPACE);
      boolean running = i % 10 != 3 && i % 10 != 6 && i % 10 != 9;
      result.add(
          new PlannedVm(
              i, "%s-%02d".formatted(profile.prefix(), ordinal), namespace, profile, running));
    }
    return result;
  }
}
