package io.virtdeck.demo.console;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The screen of each running VMI, kept while it runs (a new VMI, a new boot, a new screen); the
 * least recently used are forgotten beyond a few hundred.
 */
final class GuestScreens {

  private static final int KEPT = 500;

  private final Clock clock;
  private final Map<String, GuestScreen> screens =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GuestScreen> eldest) {
          return size() > KEPT;
        }
      };

  GuestScreens(Clock clock) {
    this.clock = clock;
  }

  synchronized GuestScreen of(
      GenericKubernetesResource vmi, Supplier<@Nullable GenericKubernetesResource> vm) {
    var meta = vmi.getMetadata();
    String key =
        meta.getNamespace()
            + "/"
            + meta.getName()
            + "/"
            + meta.getUid()
            + meta.getCreationTimestamp();
    return screens.computeIfAbsent(key, k -> new GuestScreen(GuestFacts.of(vmi, vm.get()), clock));
  }
}
