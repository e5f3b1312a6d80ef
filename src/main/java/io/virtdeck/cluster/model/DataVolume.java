package io.virtdeck.cluster.model;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code cdi.kubevirt.io/v1beta1 DataVolume}: a disk that CDI imports or creates. */
@Group("cdi.kubevirt.io")
@Version("v1beta1")
@Kind("DataVolume")
@Plural("datavolumes")
@Singular("datavolume")
public class DataVolume extends CustomResource<DataVolume.Spec, DataVolume.Status>
    implements Namespaced {

  /** {@code spec}; {@code storage} and {@code pvc} are the two ways to ask for a volume. */
  public static class Spec extends Extensible {
    public @Nullable Storage storage;
    public @Nullable Storage pvc;
    public @Nullable Map<String, Object> source;
    public @Nullable Map<String, Object> sourceRef;
  }

  /** {@code spec.storage} / {@code spec.pvc}. */
  public static class Storage extends Extensible {
    public @Nullable String storageClassName;
    public @Nullable List<String> accessModes;
    public @Nullable String volumeMode;
    public @Nullable Requests resources;
  }

  /** {@code resources}. */
  public static class Requests extends Extensible {
    public @Nullable Map<String, Object> requests;
  }

  /** {@code status}. */
  public static class Status extends Extensible {
    public @Nullable String phase;
    public @Nullable String progress;
    public @Nullable String claimName;
    public @Nullable List<Condition> conditions;
  }
}
