package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;

/**
 * A new VM as the wizard collected it, every value as typed: name and folder; an instance type
 * (empty: custom CPU and memory) and a preference (empty: none); the boot disk; more blank disks;
 * the port groups of its network adapters; the guest customization; whether to power it on; and
 * whether it is a template (Clone to Template: labelled as one, never powered on).
 */
public record NewVm(
    String name,
    String namespace,
    String instanceType,
    String cpus,
    String memory,
    String preference,
    BootDisk boot,
    List<ExtraDisk> disks,
    List<String> networks,
    Guest guest,
    boolean powerOn,
    boolean template) {

  public NewVm {
    disks = List.copyOf(disks);
    networks = List.copyOf(networks);
  }

  /** The pod network ("VM Network"), as an entry of {@link #networks}. */
  public static final String POD_NETWORK = "";

  /** Where the boot disk comes from. */
  public enum Source {
    /** A CDI DataSource of the boot-image list, cloned. */
    DATA_SOURCE,
    /** An existing claim of the folder, cloned. */
    CLONE_DISK,
    /** A container disk image (ephemeral, no datastore). */
    CONTAINER_DISK,
    /** An empty disk, to install from. */
    BLANK
  }

  /**
   * The boot disk: its source, the DataSource or claim ({@code ref}) or image, its datastore and
   * size (unused for a container disk).
   */
  public record BootDisk(
      Source source, ResourceKey ref, String image, String storageClass, String size) {}

  /** A further blank disk. */
  public record ExtraDisk(String name, String size, String storageClass) {}

  /** Cloud-init: hostname, user, password and SSH public keys (one per line), each optional. */
  public record Guest(String hostname, String user, String password, String sshKeys) {

    public boolean any() {
      return !hostname.isBlank() || !user.isBlank() || !password.isEmpty() || !sshKeys.isBlank();
    }
  }

  /** The name of the DataVolume of the boot disk. */
  public String rootDisk() {
    return name + "-rootdisk";
  }

  /** The name of the Secret holding the cloud-init user data. */
  public String cloudInitSecret() {
    return name + "-cloudinit";
  }
}
