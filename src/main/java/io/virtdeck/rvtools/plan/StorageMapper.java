package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceDisk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The storage map: each datastore's disks to a StorageClass by the rules, against its free space.
 */
public final class StorageMapper {

  private StorageMapper() {}

  /**
   * @param freeMib what each StorageClass here has free, in MiB (absent: unknown)
   */
  public static List<StorageMapping> map(
      List<SourceDisk> disks,
      List<StorageRule> rules,
      String defaultClass,
      Map<String, Long> freeMib) {
    Map<String, Long> needed = new TreeMap<>();
    Map<String, Set<String>> vms = new HashMap<>();
    for (SourceDisk disk : disks) {
      if (disk.datastore().isEmpty()) {
        continue;
      }
      needed.merge(disk.datastore(), Math.max(0, disk.capacityMib()), Long::sum);
      vms.computeIfAbsent(disk.datastore(), d -> new HashSet<>()).add(disk.vm());
    }
    Map<String, String> classOf = new HashMap<>();
    Map<String, Long> neededByClass = new HashMap<>();
    needed.forEach(
        (datastore, mib) -> {
          String storageClass = StorageRule.classFor(datastore, rules, defaultClass);
          classOf.put(datastore, storageClass);
          neededByClass.merge(storageClass, mib, Long::sum);
        });
    return needed.entrySet().stream()
        .map(
            e -> {
              String storageClass = classOf.getOrDefault(e.getKey(), defaultClass);
              return new StorageMapping(
                  e.getKey(),
                  vms.getOrDefault(e.getKey(), Set.of()).size(),
                  e.getValue(),
                  storageClass,
                  freeMib.getOrDefault(storageClass, -1L),
                  neededByClass.getOrDefault(storageClass, 0L));
            })
        .toList();
  }
}
