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

/** {@code snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshot}. */
@Group("snapshot.kubevirt.io")
@Version("v1beta1")
@Kind("VirtualMachineSnapshot")
@Plural("virtualmachinesnapshots")
@Singular("virtualmachinesnapshot")
public class VirtualMachineSnapshot
    extends CustomResource<VirtualMachineSnapshot.Spec, VirtualMachineSnapshot.Status>
    implements Namespaced {

  /** {@code spec}. */
  public static class Spec extends Extensible {
    public @Nullable Map<String, Object> source;
  }

  /** {@code status}. */
  public static class Status extends Extensible {
    public @Nullable String phase;
    public @Nullable Boolean readyToUse;
    public @Nullable String creationTime;
    public @Nullable String sourceUID;
    public @Nullable String virtualMachineSnapshotContentName;
    public @Nullable List<String> indications;
    public @Nullable List<Condition> conditions;
    public @Nullable Map<String, Object> error;
    public @Nullable SnapshotVolumes snapshotVolumes;
  }

  /** {@code status.snapshotVolumes}: which volumes the snapshot includes and which it skips. */
  public static class SnapshotVolumes extends Extensible {
    public @Nullable List<String> includedVolumes;
    public @Nullable List<String> excludedVolumes;
  }
}
