package io.virtdeck.vm;

import java.util.Comparator;

/** The sortable columns of the VM grid and the order each one sorts by. */
public enum VmColumn {
  NAME(Comparator.comparing(VmRow::name)),
  POWER_STATE(Comparator.comparing(VmRow::powerState)),
  STATUS(Comparator.comparing(VmRow::status)),
  HOST(Comparator.comparing(VmRow::host)),
  IP_ADDRESSES(
      Comparator.<VmRow, String>comparing(
              r -> r.ipAddresses().isEmpty() ? "" : r.ipAddresses().getFirst())
          .thenComparing(r -> String.join(",", r.ipAddresses()))),
  GUEST_OS(Comparator.comparing(VmRow::guestOs)),
  VCPUS(Comparator.comparingInt(VmRow::vcpus)),
  MEMORY(Comparator.comparingLong(VmRow::memoryBytes)),
  NAMESPACE(Comparator.comparing(VmRow::namespace)),
  CREATED(Comparator.comparing(VmRow::created));

  private final Comparator<VmRow> order;

  VmColumn(Comparator<VmRow> order) {
    this.order = order;
  }

  public Comparator<VmRow> order() {
    return order;
  }
}
