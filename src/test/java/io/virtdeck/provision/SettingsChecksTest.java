package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edit Settings' checks: a sentence for each bad input, keyed to its field, nothing sent. */
class SettingsChecksTest {

  private final CurrentSettings web =
      CurrentSettings.of(Fixtures.load("vm-web.yaml", VirtualMachine.class), true);

  private SettingsForm form() {
    return SettingsForm.of(web.settings());
  }

  private static SettingsForm withCpu(SettingsForm f, String sockets, String cores) {
    return new SettingsForm(
        sockets,
        cores,
        f.threads(),
        f.memory(),
        f.runStrategy(),
        f.description(),
        f.labels(),
        f.annotations());
  }

  private static SettingsForm withMemory(SettingsForm f, String memory) {
    return new SettingsForm(
        f.sockets(),
        f.cores(),
        f.threads(),
        memory,
        f.runStrategy(),
        f.description(),
        f.labels(),
        f.annotations());
  }

  private static SettingsForm withTags(SettingsForm f, String labels, String annotations) {
    return new SettingsForm(
        f.sockets(),
        f.cores(),
        f.threads(),
        f.memory(),
        f.runStrategy(),
        f.description(),
        labels,
        annotations);
  }

  private List<String> keys(SettingsForm form) {
    return SettingsChecks.problems(web, form).stream().map(Message::key).toList();
  }

  @Test
  void theVmsOwnSettingsAreFine() {
    assertThat(SettingsChecks.problems(web, form())).isEmpty();
    assertThat(SettingsChecks.settings(web, form())).contains(web.settings());
  }

  @Test
  void cpuZeroAndNotANumberAreRefusedOnTheirFields() {
    assertThat(SettingsChecks.problems(web, withCpu(form(), "0", "abc")))
        .containsExactly(
            Message.of("prov.settings.invalid.sockets.positive", "0"),
            Message.of("prov.settings.invalid.cores.number", "abc"));
    assertThat(keys(withCpu(form(), "-2", "2")))
        .containsExactly("prov.settings.invalid.sockets.positive");
    assertThat(keys(withCpu(form(), "64", "16")))
        .containsExactly("prov.settings.invalid.sockets.too-many");
  }

  @Test
  void memoryMustBeAQuantityWithAUnit() {
    assertThat(SettingsChecks.problems(web, withMemory(form(), "abc")))
        .containsExactly(Message.of("prov.settings.invalid.memory.quantity", "abc"));
    assertThat(keys(withMemory(form(), "1.5.5Gi")))
        .containsExactly("prov.settings.invalid.memory.quantity");
    assertThat(keys(withMemory(form(), "4096")))
        .containsExactly("prov.settings.invalid.memory.unit");
    assertThat(keys(withMemory(form(), "64Mi")))
        .containsExactly("prov.settings.invalid.memory.small");
    assertThat(keys(withMemory(form(), "1.5Gi"))).isEmpty();
  }

  @Test
  void hotPlugLimitsOfTheVmBoundCpuAndMemory() {
    VirtualMachine vm = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    vm.getSpec().template.spec.domain.cpu.setAdditionalProperty("maxSockets", 4);
    vm.getSpec().template.spec.domain.memory.setAdditionalProperty("maxGuest", "8Gi");
    CurrentSettings limited = CurrentSettings.of(vm, true);
    SettingsForm form = SettingsForm.of(limited.settings());

    assertThat(SettingsChecks.problems(limited, withCpu(form, "6", "2")))
        .containsExactly(Message.of("prov.settings.invalid.sockets.max", "6", "4"));
    assertThat(SettingsChecks.problems(limited, withMemory(form, "16Gi")))
        .containsExactly(Message.of("prov.settings.invalid.memory.max", "16Gi", "8Gi"));
  }

  @Test
  void tagsAndAttributesFollowKubernetesKeyRules() {
    assertThat(
            SettingsChecks.problems(
                web,
                withTags(form(), "app=shop\nno equals\nBad Key=x\ntier=web tier\napp=again", "")))
        .containsExactly(
            Message.of("prov.settings.invalid.labels.syntax", "2", "no equals"),
            Message.of("prov.settings.invalid.labels.key", "3", "Bad Key"),
            Message.of("prov.settings.invalid.labels.value", "4", "web tier"),
            Message.of("prov.settings.invalid.labels.duplicate", "5", "app"));
    assertThat(keys(withTags(form(), "example.com/team=blue", "note=any text, even spaces")))
        .isEmpty();
    assertThat(keys(withTags(form(), "", "virtdeck.io/notes=x")))
        .containsExactly("prov.settings.invalid.annotations.notes");
  }

  @Test
  void aVmSizedByAnInstanceTypeKeepsItsCpuAndMemory() {
    VirtualMachine vm = Fixtures.load("vm-web.yaml", VirtualMachine.class);
    var matcher = new VirtualMachine.Matcher();
    matcher.name = "u1.large";
    vm.getSpec().instancetype = matcher;
    vm.getSpec().template.spec.domain.cpu = null;
    vm.getSpec().template.spec.domain.memory = null;
    CurrentSettings typed = CurrentSettings.of(vm, false);

    assertThat(typed.shape().typed()).isTrue();
    assertThat(SettingsChecks.problems(typed, withCpu(SettingsForm.of(typed.settings()), "0", "")))
        .isEmpty();
    assertThat(
            SettingsChecks.settings(typed, SettingsForm.of(typed.settings()))
                .orElseThrow()
                .sockets())
        .isNull();
  }
}
