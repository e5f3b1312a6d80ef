package io.virtdeck.provision;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A VM's settings as Edit Settings reads them from the cache, with how the VM holds them. */
public record CurrentSettings(VmSettings settings, VmShape shape) {

  /** The description's annotation. */
  public static final String NOTES = "virtdeck.io/notes";

  /** Annotations Edit Settings never shows: the description and kubectl's copy of the object. */
  static boolean hidden(String key, @Nullable String value) {
    return key.equals(NOTES)
        || key.equals("kubectl.kubernetes.io/last-applied-configuration")
        || value == null
        || value.contains("\n");
  }

  /** Reads the settings of a VM ({@code running}: whether its instance exists). */
  public static CurrentSettings of(VirtualMachine vm, boolean running) {
    VirtualMachine.Spec spec = vm.getSpec();
    VmiSpec template =
        spec == null || spec.template == null || spec.template.spec == null
            ? new VmiSpec()
            : spec.template.spec;
    VmiSpec.Domain domain = template.domain;
    VmiSpec.Cpu cpu = domain == null ? null : domain.cpu;
    VmiSpec.Memory memory = domain == null ? null : domain.memory;
    Map<String, Object> requests =
        domain == null || domain.resources == null ? null : domain.resources.requests;
    Object requested = requests == null ? null : requests.get("memory");
    VmShape.MemoryField field =
        memory != null && memory.guest != null
            ? VmShape.MemoryField.GUEST
            : requested != null ? VmShape.MemoryField.REQUESTS : VmShape.MemoryField.NONE;
    String size =
        memory != null && memory.guest != null
            ? memory.guest
            : requested != null ? String.valueOf(requested) : null;
    Map<String, String> annotations = nonNull(vm.getMetadata().getAnnotations());
    Map<String, String> custom = new LinkedHashMap<>();
    annotations.forEach(
        (k, v) -> {
          if (!hidden(k, v)) {
            custom.put(k, v);
          }
        });
    VmSettings settings =
        new VmSettings(
            cpu == null ? null : cpu.sockets,
            cpu == null ? null : cpu.cores,
            cpu == null ? null : cpu.threads,
            size,
            spec == null ? null : spec.runStrategy,
            annotations.getOrDefault(NOTES, ""),
            nonNull(vm.getMetadata().getLabels()),
            custom);
    VmShape shape =
        new VmShape(
            String.valueOf(vm.getMetadata().getResourceVersion()),
            running,
            spec == null || spec.instancetype == null ? null : spec.instancetype.name,
            cpu == null ? null : integer(cpu.getAdditionalProperties().get("maxSockets")),
            memory == null ? null : text(memory.getAdditionalProperties().get("maxGuest")),
            field,
            spec != null && spec.runStrategy == null && spec.running != null,
            domain != null,
            cpu != null,
            memory != null,
            requests != null,
            // fabric8 reads an absent map as an empty one: add it whole then, never a key under it
            !nonNull(vm.getMetadata().getLabels()).isEmpty(),
            !annotations.isEmpty());
    return new CurrentSettings(settings, shape);
  }

  private static Map<String, String> nonNull(@Nullable Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static @Nullable Integer integer(@Nullable Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
