package io.virtdeck.rvtools;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.ClusterProperties;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.host.HostInventory;
import io.virtdeck.snapshot.SnapshotServices;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.table.VmQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The export benchmark (docs/BENCHMARKS.md, src/test/bench/rvtools-export-benchmark.sh): VirtDeck's
 * cluster layer and export against the scaled demo cluster in another JVM; exports every VM as the
 * admin, timed, and once more with a full GC at the middle to read how much the export holds.
 * Arguments: the kubeconfig, then the number of timed runs.
 */
public final class ExportBenchmark {

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path kubeconfig = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Config config =
        Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
    var connection = new ClusterConnection("scale-datacenter", config);
    var client = new KubernetesClientBuilder().withConfig(config).build();
    var properties =
        new ClusterProperties(
            ClusterProperties.Source.KUBECONFIG,
            "scale-datacenter",
            kubeconfig.toString(),
            null,
            Duration.ofMinutes(10),
            IdentityMode.IMPERSONATION,
            Duration.ofMinutes(5));
    long start = System.nanoTime();
    var caches = new ClusterCaches(client, properties);
    caches.awaitSync();
    var inventory = new VmInventory(caches, connection);
    while (!inventory.loaded()) {
      Thread.onSpinWait();
    }
    print("caches synced and inventory loaded in %.1f s", seconds(start));
    var reviews =
        new AccessReviews(
            new UserClients(client, connection, properties), caches, properties, Clock.systemUTC());
    var export =
        new RvToolsExport(
            caches,
            inventory,
            new VmAccess(reviews),
            new StorageInventory(caches, reviews),
            SnapshotServices.snapshots(caches, inventory, reviews),
            new HostInventory(caches, reviews));
    UserIdentity admin = UserIdentity.of("admin", DemoUsers.ADMIN.groups());
    // under load an access review may get no answer in time: ask until every answer came
    ExportScope scope = export.scopeOf(admin);
    for (int tries = 0; !scope.vms().complete() || !scope.snapshots().complete(); tries++) {
      if (tries == 30) {
        throw new IllegalStateException("no complete answer to the admin's access reviews");
      }
      Thread.sleep(2000);
      scope = export.scopeOf(admin);
    }
    int vms = export.rows(VmQuery.all(), scope).size();
    long before = heapAfterGc();
    print(
        "VMs the admin may see: %,d; heap after a full GC: %d MiB; max heap %d MiB; load %s",
        vms, before >> 20, Runtime.getRuntime().maxMemory() >> 20, load());

    for (int run = 1; run <= runs; run++) {
      var out = new CountingStream();
      long t0 = System.nanoTime();
      long thread0 = threadCpu();
      long process0 = processCpu();
      export.workbook(VmQuery.all(), scope, out, ExportProgress.NONE);
      // CPU time is what the export costs whatever else runs: the exporting thread's own, and the
      // whole JVM's (with the garbage collector and the JIT compiler) over the same run
      print(
          "workbook run %d: %,d VMs in %.2f s, %,d bytes; CPU time: exporting thread %.2f s, JVM %.2f s; load %s",
          run,
          vms,
          seconds(t0),
          out.count.get(),
          (threadCpu() - thread0) / 1e9,
          (processCpu() - process0) / 1e9,
          load());
    }
    var csv = new CountingStream();
    long t1 = System.nanoTime();
    export.csv(
        VmQuery.all(),
        scope,
        key -> key,
        new OutputStreamWriter(csv, StandardCharsets.UTF_8),
        ExportProgress.NONE);
    print("csv: %,d VMs in %.2f s, %,d bytes", vms, seconds(t1), csv.count.get());

    // once more, with a full GC when half the VMs are written: what the export holds then
    var held = new AtomicLong(-1);
    var temp = new AtomicLong(-1);
    export.workbook(
        VmQuery.all(),
        scope,
        new CountingStream(),
        (done, total) -> {
          if (held.get() < 0 && done >= total / 2) {
            held.set(heapAfterGc());
            temp.set(poiTempBytes());
          }
        });
    print(
        "half-way through an export: heap after a full GC %d MiB (%+d MiB against before), POI's temporary files %d MiB",
        held.get() >> 20, (held.get() - before) >> 20, temp.get() >> 20);
    caches.destroy();
    client.close();
    System.exit(0);
  }

  private static long threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long poiTempBytes() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println("EXPORT-BENCH " + String.format(format, args));
    System.out.flush();
  }

  /** Counts what is written and drops it: the network is not what is measured. */
  private static final class CountingStream extends OutputStream {
    final AtomicLong count = new AtomicLong();

    @Override
    public void write(int b) {
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count.addAndGet(len);
    }
  }
}
