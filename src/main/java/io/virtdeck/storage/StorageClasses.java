package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.virtdeck.cluster.model.DataVolume;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which StorageClass a claim or DataVolume is on, the absent name meaning the default class. */
public final class StorageClasses {

  static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

  private StorageClasses() {}

  public static String of(PersistentVolumeClaim claim, String defaultClass) {
    String name = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
    return name == null ? defaultClass : name;
  }

  public static String of(DataVolume dataVolume, String defaultClass) {
    DataVolume.Storage storage = Claims.storage(dataVolume);
    String name = storage == null ? null : storage.storageClassName;
    return name == null ? defaultClass : name;
  }

  public static boolean isDefault(StorageClass storageClass) {
    var annotations = storageClass.getMetadata().getAnnotations();
    return annotations != null && "true".equals(annotations.get(DEFAULT_ANNOTATION));
  }

  /** The name of the default class; empty when there is none. */
  public static String defaultOf(List<StorageClass> classes) {
    return classes.stream()
        .filter(StorageClasses::isDefault)
        .map(c -> c.getMetadata().getName())
        .findFirst()
        .orElse("");
  }

  static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
