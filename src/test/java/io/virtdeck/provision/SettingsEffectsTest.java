package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** What Edit Settings says a change will do: hot-plug within the VM's limits, else restart. */
class SettingsEffectsTest {

  private static CurrentSettings web(boolean running, boolean limits) {
    VirtualMachine vm = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    if (limits) {
      vm.getSpec().template.spec.domain.cpu.setAdditionalProperty("maxSockets", 8);
      vm.getSpec().template.spec.domain.memory.setAdditionalProperty("maxGuest", "16Gi");
    }
    return CurrentSettings.of(vm, running);
  }

  private static VmSettings resized(
      CurrentSettings current, int sockets, int cores, String memory) {
    VmSettings s = current.settings();
    return new VmSettings(
        sockets,
        cores,
        s.threads(),
        memory,
        s.runStrategy(),
        s.description(),
        s.labels(),
        s.annotations());
  }

  @Test
  void moreSocketsAndMemoryWithinTheLimitsAreHotPlugged() {
    CurrentSettings running = web(true, true);

    assertThat(SettingsEffects.of(running, resized(running, 4, 2, "8Gi")))
        .containsExactly(
            Message.of("prov.settings.effect.cpu-hotplug", "4", "8"),
            Message.of("prov.settings.effect.memory-hotplug", "4Gi", "8Gi"));
  }

  @Test
  void withoutLimitsOrForCoresOrLessMemoryItAppliesAtTheNextRestart() {
    CurrentSettings plain = web(true, false);
    CurrentSettings limited = web(true, true);

    var effects = SettingsEffects.of(plain, resized(plain, 4, 2, "8Gi"));
    assertThat(effects)
        .extracting(Message::key)
        .containsExactly("prov.settings.effect.cpu-restart", "prov.settings.effect.memory-restart");
    assertThat(SettingsEffects.needsRestart(effects)).isTrue();
    assertThat(SettingsEffects.of(limited, resized(limited, 2, 4, "2Gi")))
        .extracting(Message::key)
        .containsExactly("prov.settings.effect.cpu-restart", "prov.settings.effect.memory-restart");
  }

  @Test
  void aStoppedVmUsesTheNewSizeAtPowerOnAndHaltedPowersARunningOneOff() {
    CurrentSettings stopped = web(false, false);
    assertThat(SettingsEffects.of(stopped, resized(stopped, 4, 2, "8Gi")))
        .extracting(Message::key)
        .containsExactly("prov.settings.effect.cpu-off", "prov.settings.effect.memory-off");

    CurrentSettings running = web(true, false);
    VmSettings s = running.settings();
    VmSettings halted =
        new VmSettings(
            s.sockets(),
            s.cores(),
            s.threads(),
            s.memory(),
            "Halted",
            s.description(),
            s.labels(),
            s.annotations());
    assertThat(SettingsEffects.of(running, halted))
        .containsExactly(Message.of("prov.settings.effect.halt"));
  }
}
