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

/** {@code snapshot.kubevirt.io/v1beta1 VirtualMachineRestore}, modelled in part. */
@Group("snapshot.kubevirt.io")
@Version("v1beta1")
@Kind("VirtualMachineRestore")
@Plural("virtualmachinerestores")
@Singular("virtualmachinerestore")
public class VirtualMachineRestore
    extends CustomResource<VirtualMachineRestore.Spec, VirtualMachineRestore.Status>
    implements Namespaced {

  /** {@code spec}: the snapshot to restore and the VM it is restored into. */
  public static class Spec extends Extensible {
    public @Nullable Map<String, Object> target;
    public @Nullable String virtualMachineSnapshotName;
  }

  /** {@code status}. */
  public static class Status extends Extensible {
    public @Nullable Boolean complete;
    public @Nullable String restoreTime;
    public @Nullable List<Condition> conditions;
  }
}
