package io.virtdeck.cluster.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The spec of a VirtualMachineInstance, also the VM's {@code spec.template.spec}. */
public class VmiSpec extends Extensible {
  public @Nullable Domain domain;
  public @Nullable List<Network> networks;
  public @Nullable List<Volume> volumes;
  public @Nullable Map<String, String> nodeSelector;

  /** {@code spec.domain}. */
  public static class Domain extends Extensible {
    public @Nullable Cpu cpu;
    public @Nullable Memory memory;
    public @Nullable Resources resources;
    public @Nullable Devices devices;
  }

  /** {@code domain.cpu}: the vCPU topology. */
  public static class Cpu extends Extensible {
    public @Nullable Integer sockets;
    public @Nullable Integer cores;
    public @Nullable Integer threads;
  }

  /** {@code domain.memory}. */
  public static class Memory extends Extensible {
    public @Nullable String guest;
  }

  /** {@code domain.resources}. */
  public static class Resources extends Extensible {
    public @Nullable Map<String, Object> requests;
    public @Nullable Map<String, Object> limits;
  }

  /** {@code domain.devices}. */
  public static class Devices extends Extensible {
    public @Nullable List<Disk> disks;
    public @Nullable List<Interface> interfaces;
  }

  /** One disk device: a disk, a CD-ROM or a LUN, by name of its volume. */
  public static class Disk extends Extensible {
    public @Nullable String name;
    public @Nullable Integer bootOrder;
    public @Nullable Target disk;
    public @Nullable Target cdrom;
    public @Nullable Target lun;
  }

  /** The bus of a disk, CD-ROM or LUN target. */
  public static class Target extends Extensible {
    public @Nullable String bus;
  }

  /** One network interface (NIC) and its binding. */
  public static class Interface extends Extensible {
    public @Nullable String name;
    public @Nullable String model;
    public @Nullable String macAddress;
    public @Nullable String state;
    public @Nullable Map<String, Object> masquerade;
    public @Nullable Map<String, Object> bridge;
    public @Nullable Map<String, Object> sriov;
  }

  /** A network: the pod network or a Multus NetworkAttachmentDefinition. */
  public static class Network extends Extensible {
    public @Nullable String name;
    public @Nullable Map<String, Object> pod;
    public @Nullable Multus multus;
  }

  /** {@code network.multus}. */
  public static class Multus extends Extensible {
    public @Nullable String networkName;
  }

  /** A volume; VirtDeck models the sources it shows. */
  public static class Volume extends Extensible {
    public @Nullable String name;
    public @Nullable NamedRef dataVolume;
    public @Nullable ClaimRef persistentVolumeClaim;
    public @Nullable Map<String, Object> containerDisk;
    public @Nullable Map<String, Object> cloudInitNoCloud;
    public @Nullable Map<String, Object> cloudInitConfigDrive;
  }

  /** {@code volume.dataVolume}. */
  public static class NamedRef extends Extensible {
    public @Nullable String name;
    public @Nullable Boolean hotpluggable;
  }

  /** {@code volume.persistentVolumeClaim}. */
  public static class ClaimRef extends Extensible {
    public @Nullable String claimName;
    public @Nullable Boolean hotpluggable;
  }
}
