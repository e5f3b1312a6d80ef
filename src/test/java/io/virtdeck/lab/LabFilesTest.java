package io.virtdeck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lab files: the documented format, clear sentences for mistakes, built-in and folder labs. */
class LabFilesTest {

  private static final String LAB =
      """
      title: {en: Power on, zh_CN: 打开电源}
      summary: A run strategy
      steps:
        - title: Power on web-02
          hint: {en: Click Power On}
          kubectl: virtctl start web-02 -n shop
          done-when:
            vm-power: {vm: shop/web-02, state: on}
        - title: A port group
          done-when:
            port-group: {vlan: 30}
      """;

  @Test
  void readsTitlesInEachLanguageStepsAndConditions() {
    Lab lab = LabFiles.read("power", LAB, "power.yaml");

    assertThat(lab.title().in(Locale.ENGLISH)).isEqualTo("Power on");
    assertThat(lab.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("打开电源");
    assertThat(lab.summary().in(Locale.SIMPLIFIED_CHINESE))
        .as("English when untranslated")
        .isEqualTo("A run strategy");
    assertThat(lab.steps()).hasSize(2);
    assertThat(lab.steps().get(0).kubectl()).isEqualTo("virtctl start web-02 -n shop");
    assertThat(lab.steps().get(0).condition())
        .isEqualTo(
            new StepCondition.VmPower(new ResourceKey("shop", "web-02"), PowerState.POWERED_ON));
    assertThat(lab.steps().get(1).condition()).isEqualTo(new StepCondition.PortGroupVlan(null, 30));
    assertThat(lab.steps().get(1).hint().isEmpty()).isTrue();
  }

  @Test
  void mistakesAreSentencesNamingFileAndStep() {
    assertThatThrownBy(() -> LabFiles.read("x", "title: x\n", "x.yaml"))
        .isInstanceOf(LabFileException.class)
        .hasMessage("x.yaml has no steps: add a list under steps:");
    assertThatThrownBy(
            () ->
                LabFiles.read(
                    "x",
                    "title: x\nsteps:\n  - title: a\n    done-when: {vm-power: {vm: web-02, state: on}}\n",
                    "x.yaml"))
        .hasMessage("x.yaml, step 1: write the VM as namespace/name, not \"web-02\"");
    assertThatThrownBy(
            () ->
                LabFiles.read(
                    "x",
                    "title: x\nsteps:\n  - title: a\n    done-when: {teleported: {vm: a/b}}\n",
                    "x.yaml"))
        .hasMessage("x.yaml, step 1: unknown condition \"teleported\"");
    assertThatThrownBy(
            () ->
                LabFiles.read(
                    "x",
                    "title: x\nsteps:\n  - title: a\n    done-when: {vm-power: {vm: a/b, state: warm}}\n",
                    "x.yaml"))
        .hasMessage("x.yaml, step 1: state is on, off or suspended, not \"warm\"");
    assertThatThrownBy(() -> LabFiles.read("x", "title: [unclosed\n", "x.yaml"))
        .hasMessageStartingWith("x.yaml is not valid YAML");
  }

  @Test
  void theBuiltInLabsAllReadAndAFolderAddsAndReplaces(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("my-lab.yaml"), LAB);
    Files.writeString(folder.resolve("04-vmotion.yml"), LAB.replace("Power on", "Replaced"));
    Files.writeString(folder.resolve("broken.yaml"), "title: x\n");
    Files.writeString(folder.resolve("notes.txt"), "not a lab");

    var builtIn = new LabLibrary(new LabProperties(null)).load();
    var loaded = new LabLibrary(new LabProperties(folder)).load();

    assertThat(builtIn.problems()).isEmpty();
    assertThat(builtIn.labs())
        .extracting(Lab::id)
        .containsExactly(
            "01-power-on",
            "02-port-group-vlan",
            "03-snapshot-revert",
            "04-vmotion",
            "05-tags-are-labels");
    assertThat(builtIn.labs())
        .allSatisfy(
            l ->
                assertThat(l.title().in(Locale.SIMPLIFIED_CHINESE))
                    .isNotEqualTo(l.title().in(Locale.ENGLISH)));
    List<Text> texts = new ArrayList<>();
    for (Lab lab : builtIn.labs()) {
      texts.add(lab.title());
      texts.add(lab.summary());
      lab.steps().forEach(s -> texts.addAll(List.of(s.title(), s.hint())));
    }
    assertThat(texts)
        .as("every text of a built-in lab is written in English and in Chinese")
        .allSatisfy(
            t -> {
              assertThat(t.byLanguage()).containsOnlyKeys("en", "zh_CN");
              assertThat(t.in(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            });
    assertThat(loaded.labs()).extracting(Lab::id).contains("my-lab").hasSize(6);
    assertThat(
            loaded.labs().stream()
                .filter(l -> l.id().equals("04-vmotion"))
                .findFirst()
                .orElseThrow()
                .title()
                .in(Locale.ENGLISH))
        .isEqualTo("Replaced");
    assertThat(loaded.problems()).singleElement().asString().contains("broken.yaml has no steps");
  }
}
