package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.model.DataVolume;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one user may read of the objects a datastore's figures come from: StorageClasses and
 * PersistentVolumes (cluster-wide or not at all), and the namespaces of their claims, DataVolumes
 * and CSIStorageCapacity objects. Figures built under a scope that is not complete are partial.
 */
public record DatastoreScope(
    boolean storageClasses,
    boolean persistentVolumes,
    NamespaceScope claims,
    NamespaceScope dataVolumes,
    NamespaceScope capacities) {

  /** Everything: a user who may read every object the figures are built from. */
  public static final DatastoreScope ALL =
      new DatastoreScope(true, true, NamespaceScope.ALL, NamespaceScope.ALL, NamespaceScope.ALL);

  /** Whether some figures leave out objects this user may not read. */
  public boolean partial() {
    return !(storageClasses
        && persistentVolumes
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
        in.snapshotClasses(),
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
