package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo cluster with a realistic, deterministic inventory: four worker nodes, namespaces
 * as VM folders, three storage classes and a snapshot class, bridge networks with VLANs, VMs of
 * several Linux and Windows flavours (about 70 % set to run, one that cannot be scheduled) with
 * their DataVolumes and claims, two VM templates in {@code shop} ({@link TemplateSeed}), two
 * orphaned claims, a few VM snapshots, cluster instance types and preferences ({@link
 * InstanceTypeSeed}), boot images with their DataSources ({@link BootImageSeed}), and the RBAC
 * roles and bindings of the {@link io.virtdeck.demo.seed.DemoUsers} ({@link RbacSeed}).
 *
 * <p>The demo CRDs ({@link io.virtdeck.demo.api.DemoCrds#ALL}) must be installed first. Running VMs
 * get no VirtualMachineInstance here: the KubeVirt simulator boots them.
 */
public final class DemoInventory {

  /** The number of VMs of the standard demo. */
  public static final int DEFAULT_VM_COUNT = 25;

  /** Up to this many VMs, everything lives in the four named folders. */
  static final int SMALL_LIMIT = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DemoInventory.class);
  private static final int WRITERS = 8;

  private DemoInventory() {}

  /**
   * Creates the inventory through the given (administrator) client.
   *
   * @param vmCount how many VMs, at least 1; above 100 they spread over namespaces ns-001, ...
   */
  public static void seed(KubernetesClient admin, int vmCount) {
    if (vmCount < 1) {
      throw new IllegalArgumentException("vmCount must be at least 1: " + vmCount);
    }
    long start = System.nanoTime();
    var namespaces = NamespaceSeed.vmNamespaces(vmCount);
    NodeSeed.seed(admin);
    NamespaceSeed.seed(admin, namespaces);
    RbacSeed.seed(admin, namespaces);
    StorageSeed.seed(admin);
    NetworkSeed.seed(admin);
    OtherNetworkSeed.seed(admin);
    InstanceTypeSeed.seed(admin);
    BootImageSeed.seed(admin);
    var plan = VmCatalog.plan(vmCount);
    try (var writers = Executors.newFixedThreadPool(WRITERS)) {
      var futures = new ArrayList<CompletableFuture<Void>>(plan.size());
      for (var vm : plan) {
        futures.add(CompletableFuture.runAsync(() -> VmSeed.seed(admin, vm), writers));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    TemplateSeed.seed(admin);
    StorageSeed.seedOrphans(admin, namespaces.getFirst(), namespaces.get(namespaces.size() - 1));
    int snapshots = SnapshotSeed.seed(admin, plan);
    LOG.info(
        "Seeded demo inventory: {} VMs in {} namespaces, {} snapshots, in {} ms",
        vmCount,
        namespaces.size(),
        snapshots,
        (System.nanoTime() - start) / 1_000_000);
  }
}
