package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.DataVolume;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one user may read of the objects a datastore's figures come from: StorageClasses,
 * PersistentVolumes and VolumeSnapshotClasses (cluster-wide or not at all), and the namespaces of
 * their claims, DataVolumes and CSIStorageCapacity objects. Figures built under a scope that is not
 * complete are partial.
 */
public record DatastoreScope(
    boolean storageClasses,
    boolean persistentVolumes,
    boolean snapshotClasses,
    NamespaceScope claims,
    NamespaceScope dataVolumes,
    NamespaceScope capacities) {

  /** Everything: a user who may read every object the figures are built from. */
  public static final DatastoreScope ALL =
      new DatastoreScope(
          true, true, true, NamespaceScope.ALL, NamespaceScope.ALL, NamespaceScope.ALL);

  /** What the user of {@code scopes} may read of it. */
  public static DatastoreScope of(UserScopes scopes) {
    return new DatastoreScope(
        scopes.all(CachedKind.STORAGE_CLASSES),
        scopes.all(CachedKind.PERSISTENT_VOLUMES),
        scopes.all(CachedKind.VOLUME_SNAPSHOT_CLASSES),
        scopes.of(CachedKind.PERSISTENT_VOLUME_CLAIMS),
        scopes.of(CachedKind.DATA_VOLUMES),
        scopes.of(CachedKind.STORAGE_CAPACITIES));
  }

  /** Whether some figures leave out objects this user may not read. */
  public boolean partial() {
    return !(storageClasses
        && persistentVolumes
        && snapshotClasses
        && claims.all()
        && dataVolumes.all()
        && capacities.all());
  }

  /** The inputs with only what this scope may read. */
  Datastores.Inputs filter(Datastores.Inputs in) {
    List<PersistentVolumeClaim> visibleClaims = in(in.claims(), claims);
    List<DataVolume> visibleDataVolumes = in(in.dataVolumes(), dataVolumes);
    String defaultClass = in.defaultClass();
    List<StorageClass> classes = in.classes();
    if (!storageClasses) {
      Set<String> used = new HashSet<>();
      visibleClaims.forEach(c -> used.add(StorageClasses.of(c, defaultClass)));
      visibleDataVolumes.forEach(d -> used.add(StorageClasses.of(d, defaultClass)));
      classes = classes.stream().filter(c -> used.contains(c.getMetadata().getName())).toList();
    }
    return new Datastores.Inputs(
        classes,
        snapshotClasses ? in.snapshotClasses() : List.of(),
        in(in.capacities(), capacities),
        persistentVolumes ? in.volumes() : List.of(),
        visibleClaims,
        visibleDataVolumes);
  }

  private static <T extends HasMetadata> List<T> in(List<T> objects, NamespaceScope scope) {
    return scope.all()
        ? objects
        : objects.stream().filter(o -> scope.includes(o.getMetadata().getNamespace())).toList();
  }
}
