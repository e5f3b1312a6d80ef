package io.virtdeck.rvtools.export;

import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmNic;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** RVTools' ways of writing values: MiB, power states, port group names. */
public final class Values {

  private static final long MIB = 1024L * 1024L;

  /** The name RVTools users know the pod network by. */
  public static final String VM_NETWORK = "VM Network";

  private Values() {}

  /** Bytes as whole MiB (rounded); null, an empty cell, when unknown (negative). */
  public static @Nullable Long mib(long bytes) {
    return bytes < 0 ? null : (bytes + MIB / 2) / MIB;
  }

  /** vSphere's power states: poweredOn, poweredOff, suspended. */
  public static String powerState(PowerState state) {
    return switch (state) {
      case POWERED_ON, STOPPING -> "poweredOn";
      case SUSPENDED -> "suspended";
      case POWERED_OFF, STARTING -> "poweredOff";
    };
  }

  /** The port group of an adapter: its NetworkAttachmentDefinition, or VM Network (pod). */
  public static String portGroup(VmNic nic) {
    return nic.podNetwork() ? VM_NETWORK : nic.network();
  }

  /** The n-th (from 0) element's value, or null when there are fewer. */
  static <T> @Nullable String nth(List<T> list, int n, Function<T, String> value) {
    return n < list.size() ? value.apply(list.get(n)) : null;
  }

  static @Nullable String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
