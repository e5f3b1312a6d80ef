package io.virtdeck.rvtools.testdata;

import io.virtdeck.rvtools.testdata.Estate.Datastore;
import io.virtdeck.rvtools.testdata.Estate.Host;
import io.virtdeck.rvtools.testdata.Estate.PortGroup;
import io.virtdeck.rvtools.testdata.EstateVm.Disk;
import io.virtdeck.rvtools.testdata.EstateVm.Nic;
import io.virtdeck.rvtools.testdata.EstateVm.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic vSphere estate, the same for the same size and seed: Windows and Linux guests of
 * several ages (some KubeVirt runs with virtio drivers, some need drivers, a few it cannot run),
 * BIOS and EFI (some with Secure Boot), RDMs and multi-writer shared disks, snapshots, templates,
 * VMware Tools in every state, VLAN port groups on a distributed switch plus "VM Network", several
 * datastores, folders and hosts; about 1 in 150 VMs is larger than any host here could hold.
 */
public final class EstateGenerator {

  /** Guest OS names as vSphere's configuration file reports them, with weights. */
  static final List<String> GUESTS =
      List.of(
          "Microsoft Windows Server 2022 (64-bit)",
          "Microsoft Windows Server 2019 (64-bit)",
          "Microsoft Windows Server 2016 (64-bit)",
          "Microsoft Windows Server 2012 R2 (64-bit)",
          "Microsoft Windows Server 2008 R2 (64-bit)",
          "Microsoft Windows 10 (64-bit)",
          "Microsoft Windows Server 2003 Standard (32-bit)",
          "Red Hat Enterprise Linux 9 (64-bit)",
          "Red Hat Enterprise Linux 8 (64-bit)",
          "Red Hat Enterprise Linux 7 (64-bit)",
          "CentOS 6 (64-bit)",
          "Ubuntu Linux (64-bit)",
          "Debian GNU/Linux 11 (64-bit)",
          "SUSE Linux Enterprise 15 (64-bit)",
          "Oracle Solaris 11 (64-bit)",
          "FreeBSD 13 (64-bit)",
          "Other (32-bit)");

  private static final int[] GUEST_WEIGHTS = {
    12, 14, 10, 6, 4, 3, 1, 12, 12, 6, 2, 8, 4, 3, 1, 1, 1
  };

  static final List<String> FOLDERS =
      List.of(
          "Production/Web",
          "Production/Database",
          "Finance",
          "HR",
          "Development",
          "Test",
          "Infrastructure",
          "Templates");

  static final List<Datastore> DATASTORES =
      List.of(
          new Datastore("DS-SSD-01", "VMFS", 20L << 20, 6L << 20),
          new Datastore("DS-SSD-02", "VMFS", 20L << 20, 9L << 20),
          new Datastore("DS-NLSAS-01", "VMFS", 60L << 20, 25L << 20),
          new Datastore("NFS-Backup", "NFS", 100L << 20, 70L << 20),
          new Datastore("vsanDatastore", "vsan", 80L << 20, 30L << 20));

  static final List<PortGroup> PORT_GROUPS =
      List.of(
          new PortGroup("VM Network", "vSwitch0", 0, false),
          new PortGroup("PG-VLAN100-Prod", "DSwitch-Prod", 100, true),
          new PortGroup("PG-VLAN110-Finance", "DSwitch-Prod", 110, true),
          new PortGroup("PG-VLAN150-Lab", "DSwitch-Prod", 150, true),
          new PortGroup("PG-VLAN200-DMZ", "DSwitch-Prod", 200, true),
          new PortGroup("PG-VLAN300-Backup", "DSwitch-Prod", 300, true),
          new PortGroup("PG-VLAN999-Legacy", "vSwitch1", 999, false));

  private static final String[] TOOLS = {
    "toolsOk", "toolsOld", "toolsNotRunning", "toolsNotInstalled"
  };
  private static final int[] TOOLS_WEIGHTS = {80, 10, 6, 4};

  private EstateGenerator() {}

  public static Estate generate(int vmCount, long seed) {
    var random = new Random(seed);
    int hostCount = Math.max(2, vmCount / 25);
    List<Host> hosts = new ArrayList<>();
    for (int h = 0; h < hostCount; h++) {
      hosts.add(
          new Host(
              "esx%03d.corp.example.com".formatted(h + 1),
              h % 3 == 0 ? 48 : 32,
              h % 3 == 0 ? 1_048_576 : 524_288,
              "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
              "VMware ESXi 7.0.3 build-21930508"));
    }
    List<EstateVm> vms = new ArrayList<>(vmCount);
    for (int i = 0; i < vmCount; i++) {
      vms.add(vm(i, random, hosts));
    }
    return new Estate(
        "vcenter01.corp.example.com",
        "DC-Amsterdam",
        "Cluster-01",
        vms,
        hosts,
        DATASTORES,
        PORT_GROUPS);
  }

  private static EstateVm vm(int i, Random random, List<Host> hosts) {
    String guest = GUESTS.get(pick(random, GUEST_WEIGHTS));
    boolean windows = guest.contains("Windows");
    boolean template = i % 97 == 5;
    boolean on = !template && random.nextInt(100) < 80;
    boolean huge = i % 150 == 77;
    int cpus = huge ? 96 : new int[] {1, 2, 2, 4, 4, 4, 8, 8, 16}[random.nextInt(9)];
    int sockets = cpus >= 8 ? 2 : 1;
    long memory =
        huge ? 2_097_152 : 1024L * new int[] {2, 4, 4, 8, 8, 16, 32, 64}[random.nextInt(8)];
    boolean efi = windows ? random.nextInt(10) < 6 : random.nextInt(10) < 3;
    String prefix = windows ? "win" : "lnx";
    String name = "%s-%s-%04d".formatted(prefix, role(i), i + 1);
    List<Disk> disks = new ArrayList<>();
    int diskCount = 1 + random.nextInt(windows ? 3 : 4);
    if (i % 41 == 3 || i % 53 == 9) {
      diskCount = Math.max(2, diskCount); // the RDM or shared disk is a second disk
    }
    for (int d = 0; d < diskCount; d++) {
      boolean rdm = d > 0 && i % 41 == 3;
      boolean shared = d > 0 && i % 53 == 9;
      String datastore =
          DATASTORES.get(d == 0 ? random.nextInt(2) : random.nextInt(DATASTORES.size())).name();
      long size = d == 0 ? (windows ? 81920 : 40960) : 1024L * (10 + random.nextInt(500));
      disks.add(
          new Disk(
              datastore,
              size,
              rdm,
              rdm ? (i % 2 == 0 ? "physicalMode" : "virtualMode") : "",
              shared ? "sharingMultiWriter" : "sharingNone",
              random.nextBoolean()));
    }
    List<Nic> nics = new ArrayList<>();
    int nicCount = 1 + (random.nextInt(10) < 2 ? 1 : 0);
    for (int n = 0; n < nicCount; n++) {
      var pg =
          PORT_GROUPS.get(
              n == 0
                  ? 1 + random.nextInt(PORT_GROUPS.size() - 1)
                  : random.nextInt(PORT_GROUPS.size()));
      nics.add(
          new Nic(
              pg.name(),
              windows && random.nextBoolean() ? "E1000E" : "Vmxnet3",
              "00:50:56:%02x:%02x:%02x".formatted((i >> 8) & 0xff, i & 0xff, n),
              on ? "10.%d.%d.%d".formatted(pg.vlan() % 256, (i >> 8) & 0xff, (i & 0xff)) : "",
              on));
    }
    List<Snapshot> snapshots = new ArrayList<>();
    if (i % 9 == 4) {
      int count = 1 + random.nextInt(3);
      for (int s = 0; s < count; s++) {
        snapshots.add(
            new Snapshot(
                "before-patch-" + (s + 1),
                s == 0 ? "Before monthly patching" : "",
                512L * (1 + random.nextInt(40)),
                windows && s == 0));
      }
    }
    String tools =
        on
            ? TOOLS[pick(random, TOOLS_WEIGHTS)]
            : (random.nextInt(10) < 8 ? "toolsNotRunning" : "toolsNotInstalled");
    String folder = template ? "Templates" : FOLDERS.get(random.nextInt(FOLDERS.size() - 1));
    return new EstateVm(
        name,
        on ? "poweredOn" : "poweredOff",
        template,
        guest,
        efi ? "efi" : "bios",
        efi && random.nextInt(3) == 0,
        cpus,
        sockets,
        memory,
        folder,
        hosts.get(i % hosts.size()).name(),
        tools,
        disks,
        nics,
        snapshots,
        i % 7 == 0 ? "Owner: team-" + (i % 5) + ", ticket CHG" + (10000 + i) : "",
        new UUID(seedBits(i, 1), seedBits(i, 2)).toString());
  }

  private static String role(int i) {
    return new String[] {"web", "app", "db", "file", "dc", "mon", "build", "mail"}[i % 8];
  }

  private static long seedBits(int i, int salt) {
    return new Random(i * 31L + salt).nextLong();
  }

  private static int pick(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
