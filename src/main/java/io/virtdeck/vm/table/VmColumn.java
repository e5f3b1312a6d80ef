package io.virtdeck.vm.table;

import io.virtdeck.vm.rows.VmRow;
import java.util.Comparator;
import java.util.List;

/** The sortable columns of the VM grid and the order each one sorts by. */
public enum VmColumn {
  NAME(Comparator.comparing(VmRow::name)),
  POWER_STATE(Comparator.comparing(VmRow::powerState)),
  STATUS(Comparator.comparing(VmRow::status)),
  HOST(Comparator.comparing(VmRow::host)),
  IP_ADDRESSES((a, b) -> compareLists(a.ipAddresses(), b.ipAddresses())),
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

  /** Element by element, a shorter list first when it is the other's beginning; no allocation. */
  static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
