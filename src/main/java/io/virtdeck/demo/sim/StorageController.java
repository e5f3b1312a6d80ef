package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Simulated CDI and volume controllers: a new DataVolume gets its claim, which binds, then imports
 * from 0 to 100 % ({@link DataVolumeSteps}) and Succeeds; a claim of its own binds one step after
 * it is created; a bound claim whose request grew is resized one step later; a deleted DataVolume's
 * claim is garbage-collected.
 */
final class StorageController {

  private final KubernetesClient admin;
  private final SimWorker sim;
  private final DataVolumeSteps dataVolumes;

  StorageController(KubernetesClient admin, ScheduledExecutorService worker, Duration step) {
    this.admin = admin;
    this.sim = new SimWorker(worker, step);
    this.dataVolumes = new DataVolumeSteps(admin, new StatusWriter(admin));
  }

  List<SharedIndexInformer<?>> start() {
    var dvInformer = Api.op(admin, Api.DATA_VOLUME).inAnyNamespace().runnableInformer(0);
    dvInformer.addEventHandler(
        Tasks.handler(
            sim::run,
            dv -> {
              if (DataVolumeSteps.importing(dv)) {
                sim.later("dv/" + key(dv), () -> dataVolumes.advance(ns(dv), name(dv)));
              }
            },
            this::collect));
    var claimInformer = admin.persistentVolumeClaims().inAnyNamespace().runnableInformer(0);
    claimInformer.addEventHandler(
        new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
          @Override
          public void onAdd(PersistentVolumeClaim claim) {
            sim.run(() -> onClaim(claim));
          }

          @Override
          public void onUpdate(PersistentVolumeClaim old, PersistentVolumeClaim claim) {
            sim.run(() -> onClaim(claim));
          }

          @Override
          public void onDelete(PersistentVolumeClaim claim, boolean unknown) {}
        });
    dvInformer.run();
    claimInformer.run();
    return List.of(dvInformer, claimInformer);
  }

  private void onClaim(PersistentVolumeClaim claim) {
    String phase = claim.getStatus() == null ? null : claim.getStatus().getPhase();
    String ns = claim.getMetadata().getNamespace();
    String name = claim.getMetadata().getName();
    Quantity request =
        claim.getSpec().getResources() == null
            ? null
            : claim.getSpec().getResources().getRequests().get("storage");
    if (request == null || ownedByDataVolume(claim) && !"Bound".equals(phase)) {
      return;
    }
    var capacity = claim.getStatus() == null ? null : claim.getStatus().getCapacity();
    Quantity size = capacity == null ? null : capacity.get("storage");
    boolean grew =
        size != null
            && Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(size)) > 0;
    if (!"Bound".equals(phase) || grew) {
      sim.later("pvc/" + ns + "/" + name, () -> DataVolumeSteps.bind(admin, ns, name));
    }
  }

  private static boolean ownedByDataVolume(PersistentVolumeClaim claim) {
    List<OwnerReference> owners = claim.getMetadata().getOwnerReferences();
    return owners != null && owners.stream().anyMatch(o -> "DataVolume".equals(o.getKind()));
  }

  /** Deletes the claims a deleted DataVolume owned, as the garbage collector does. */
  private void collect(GenericKubernetesResource dv) {
    var claim = admin.persistentVolumeClaims().inNamespace(ns(dv)).withName(name(dv)).get();
    if (claim != null
        && claim.getMetadata().getOwnerReferences() != null
        && claim.getMetadata().getOwnerReferences().stream()
            .anyMatch(o -> "DataVolume".equals(o.getKind()) && name(dv).equals(o.getName()))) {
      admin.persistentVolumeClaims().inNamespace(ns(dv)).withName(name(dv)).delete();
    }
  }

  private static String ns(GenericKubernetesResource object) {
    return object.getMetadata().getNamespace();
  }

  private static String name(GenericKubernetesResource object) {
    return object.getMetadata().getName();
  }

  private static String key(GenericKubernetesResource object) {
    return ns(object) + "/" + name(object);
  }
}
