package io.virtdeck.provision;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What Edit Settings' changes will do to a VM, as sentences, pure. On a running VM KubeVirt
 * hot-plugs more CPU sockets up to {@code maxSockets} and more guest memory up to {@code maxGuest}
 * (live update); any other CPU or memory change applies at the next restart, and the VM shows
 * "restart required" until then. A new run strategy acts at once (Halted powers a running VM off).
 */
public final class SettingsEffects {

  private SettingsEffects() {}

  public static List<Message> of(CurrentSettings current, VmSettings wanted) {
    VmSettings now = current.settings();
    VmShape shape = current.shape();
    List<Message> effects = new ArrayList<>();
    if (now.cpuChanged(wanted)) {
      effects.add(cpu(now, wanted, shape));
    }
    if (!Objects.equals(now.memory(), wanted.memory()) && wanted.memory() != null) {
      effects.add(memory(now, wanted, shape));
    }
    String strategy = wanted.runStrategy();
    if (strategy != null && !strategy.equals(now.runStrategy())) {
      if (shape.running() && strategy.equals("Halted")) {
        effects.add(Message.of("prov.settings.effect.halt"));
      } else if (!shape.running() && (strategy.equals("Always") || strategy.equals("Once"))) {
        effects.add(Message.of("prov.settings.effect.start", strategy));
      }
    }
    return effects;
  }

  private static Message cpu(VmSettings now, VmSettings wanted, VmShape shape) {
    String from = String.valueOf(now.vcpus());
    String to = String.valueOf(wanted.vcpus());
    if (!shape.running()) {
      return Message.of("prov.settings.effect.cpu-off", from, to);
    }
    boolean socketsOnly =
        Objects.equals(now.cores(), wanted.cores())
            && Objects.equals(now.threads(), wanted.threads());
    Integer max = shape.maxSockets();
    if (socketsOnly && max != null && wanted.sockets() != null && wanted.sockets() <= max) {
      return Message.of("prov.settings.effect.cpu-hotplug", from, to);
    }
    return Message.of("prov.settings.effect.cpu-restart", from, to);
  }

  private static Message memory(VmSettings now, VmSettings wanted, VmShape shape) {
    String from = now.memory() == null ? "-" : now.memory();
    String to = String.valueOf(wanted.memory());
    if (!shape.running()) {
      return Message.of("prov.settings.effect.memory-off", from, to);
    }
    long before = KubeValues.bytesOrUnknown(now.memory());
    long after = KubeValues.bytesOrUnknown(wanted.memory());
    long max = KubeValues.bytesOrUnknown(shape.maxGuest());
    boolean hotplug =
        shape.memoryField() == VmShape.MemoryField.GUEST
            && max > 0
            && before > 0
            && after > before
            && after <= max;
    return Message.of(
        hotplug ? "prov.settings.effect.memory-hotplug" : "prov.settings.effect.memory-restart",
        from,
        to);
  }

  /** Whether any change needs a restart of the running VM to take effect. */
  public static boolean needsRestart(List<Message> effects) {
    return effects.stream().anyMatch(m -> m.key().endsWith("-restart"));
  }
}
