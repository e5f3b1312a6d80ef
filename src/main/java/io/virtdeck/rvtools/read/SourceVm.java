package io.virtdeck.rvtools.read;

/**
 * A VM of the source estate, from vInfo (and vTools): {@code tools} is "" when the file has no
 * vTools sheet; sizes in MiB, -1 when the file does not say.
 */
public record SourceVm(
    String name,
    String powerState,
    boolean template,
    String guestOs,
    String firmware,
    boolean secureBoot,
    int cpus,
    long memoryMib,
    long provisionedMib,
    String folder,
    String host,
    String tools,
    boolean consolidationNeeded,
    String annotation,
    String uuid) {

  public boolean poweredOn() {
    return "poweredOn".equals(powerState);
  }
}
