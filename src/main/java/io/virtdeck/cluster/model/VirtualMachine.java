package io.virtdeck.cluster.model;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code kubevirt.io/v1 VirtualMachine}, modelled in part; the rest is kept as it is. */
@Group("kubevirt.io")
@Version("v1")
@Kind("VirtualMachine")
@Plural("virtualmachines")
@Singular("virtualmachine")
public class VirtualMachine extends CustomResource<VirtualMachine.Spec, VirtualMachine.Status>
    implements Namespaced {

  /** {@code spec}. */
  public static class Spec extends Extensible {
    public @Nullable String runStrategy;
    public @Nullable Boolean running;
    public @Nullable Template template;
    public @Nullable Matcher instancetype;
    public @Nullable Matcher preference;
    public @Nullable List<DataVolumeTemplate> dataVolumeTemplates;
  }

  /** {@code spec.template}. */
  public static class Template extends Extensible {
    public @Nullable ObjectMeta metadata;
    public @Nullable VmiSpec spec;
  }

  /** {@code spec.instancetype} or {@code spec.preference}. */
  public static class Matcher extends Extensible {
    public @Nullable String name;
    public @Nullable String kind;
  }

  /** One of {@code spec.dataVolumeTemplates}. */
  public static class DataVolumeTemplate extends Extensible {
    public @Nullable ObjectMeta metadata;
    public DataVolume.@Nullable Spec spec;
  }

  /** {@code status}. */
  public static class Status extends Extensible {
    public @Nullable String printableStatus;
    public @Nullable Boolean ready;
    public @Nullable Boolean created;
    public @Nullable List<Condition> conditions;
    public @Nullable Map<String, Object> startFailure;
  }
}
