package io.virtdeck.storage;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Checks made before a disk operation is sent, each failure a sentence for the user. */
public final class StorageChecks {

  /**
   * KubeVirt admits a disk only when its name is a DNS-1123 label (its VMI admitter's
   * validateDiskNameAsContainerName: the name may become a container's); the disk, its volume and
   * the claim share the name, so no dots.
   */
  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private StorageChecks() {}

  /**
   * A new disk: its name, size (on a datastore with {@code freeBytes} free, negative when unknown),
   * datastore and bus; on a running VM, a hot-pluggable bus.
   */
  public static List<Message> newDisk(
      NewDisk disk,
      Collection<String> namesTaken,
      Collection<String> datastores,
      boolean running,
      long freeBytes) {
    List<Message> problems = new ArrayList<>();
    String name = disk.name();
    if (name.isEmpty()) {
      problems.add(Message.of("storage.invalid.name-empty"));
    } else if (name.length() > 63 || !DNS_1123_LABEL.matcher(name).matches()) {
      problems.add(Message.of("storage.invalid.name", name));
    } else if (namesTaken.contains(name)) {
      problems.add(Message.of("storage.invalid.name-taken", name));
    }
    problems.addAll(DiskSizes.checkNew(disk.size(), freeBytes, disk.largeConfirmed()));
    if (!datastores.contains(disk.storageClass())) {
      problems.add(Message.of("storage.invalid.datastore", disk.storageClass()));
    }
    problems.addAll(bus(disk.bus(), running));
    return List.copyOf(problems);
  }

  /** A bus a disk may use; SATA cannot be hot-plugged. */
  public static List<Message> bus(String bus, boolean running) {
    if (!NewDisk.BUSES.contains(bus)) {
      return List.of(Message.of("storage.invalid.bus", bus));
    }
    return running && bus.equals("sata")
        ? List.of(Message.of("storage.invalid.hotplug-bus", bus))
        : List.of();
  }

  /** Why the disk cannot be attached to the VM; empty when it can. */
  public static List<Message> attach(ResourceKey vm, DiskRow disk, Collection<String> vmDiskNames) {
    if (!disk.key().namespace().equals(vm.namespace())) {
      return List.of(
          Message.of(
              "storage.drop.namespace",
              disk.key().name(),
              disk.key().namespace(),
              vm.name(),
              vm.namespace()));
    }
    if (disk.vms().contains(vm)) {
      return List.of(Message.of("storage.drop.already", disk.key().name(), vm.name()));
    }
    if (disk.readWriteOnce() && !disk.vms().isEmpty()) {
      return List.of(
          Message.of("storage.drop.rwo", disk.key().name(), disk.vms().getFirst().name()));
    }
    if (vmDiskNames.contains(disk.key().name())) {
      return List.of(Message.of("storage.drop.name-clash", vm.name(), disk.key().name()));
    }
    return List.of();
  }
}
