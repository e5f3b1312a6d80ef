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

/** {@code kubevirt.io/v1 VirtualMachineInstance}: a running VM. */
@Group("kubevirt.io")
@Version("v1")
@Kind("VirtualMachineInstance")
@Plural("virtualmachineinstances")
@Singular("virtualmachineinstance")
public class VirtualMachineInstance extends CustomResource<VmiSpec, VirtualMachineInstance.Status>
    implements Namespaced {

  /** {@code status}. */
  public static class Status extends Extensible {
    public @Nullable String phase;
    public @Nullable String nodeName;
    public @Nullable List<InterfaceStatus> interfaces;
    public @Nullable GuestOsInfo guestOSInfo;
    public @Nullable List<Condition> conditions;
    public @Nullable Object migrationState;
    public @Nullable List<VolumeStatus> volumeStatus;
  }

  /** One of {@code status.interfaces}: what the guest and the domain report per NIC. */
  /** {@code status.volumeStatus[]}: a hot-plugged volume has {@code hotplugVolume}. */
  public static class VolumeStatus extends Extensible {
    public @Nullable String name;
    public @Nullable String target;
    public @Nullable String phase;
    public @Nullable String reason;
    public @Nullable Map<String, Object> hotplugVolume;
  }

  public static class InterfaceStatus extends Extensible {
    public @Nullable String name;
    public @Nullable String interfaceName;
    public @Nullable String ipAddress;
    public @Nullable List<String> ipAddresses;
    public @Nullable String mac;
    public @Nullable String infoSource;
  }

  /** {@code status.guestOSInfo}, reported by the guest agent. */
  public static class GuestOsInfo extends Extensible {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable String prettyName;
    public @Nullable String version;
    public @Nullable String kernelRelease;
  }
}
