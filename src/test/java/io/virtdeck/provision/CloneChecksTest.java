package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Clone dialog's checks: the new VM's name and the filters, a sentence each. */
class CloneChecksTest {

  private static final Set<String> TAKEN = Set.of("web-01", "web-02");

  private static Set<String> keys(String name, String labels, String annotations) {
    return Set.copyOf(
        CloneChecks.problems(
                new CloneForm(name, true, true, labels, annotations, false), "shop", TAKEN)
            .stream()
            .map(Message::key)
            .toList());
  }

  @Test
  void aFreeDnsLabelWithValidFiltersPasses() {
    assertThat(keys("web-03", "*\n!example.com/*", "kubevirt.io/*")).isEmpty();
  }

  @Test
  void badNamesAreNamed() {
    assertThat(keys(" ", "", "")).containsExactly("prov.new.invalid.name.empty");
    assertThat(keys("Web_03", "", "")).containsExactly("prov.new.invalid.name.dns");
    assertThat(keys("a".repeat(64), "", "")).containsExactly("prov.new.invalid.name.long");
    assertThat(keys("web-02", "", "")).containsExactly("prov.new.invalid.name.taken");
    assertThat(
            CloneChecks.problems(new CloneForm("web-02", true, true, "", "", false), "shop", TAKEN)
                .getFirst()
                .args())
        .containsExactly("web-02", "shop");
  }

  @Test
  void badFiltersAreNamed() {
    assertThat(keys("web-03", "app=web", "")).containsExactly("prov.clone.invalid.labels");
    assertThat(keys("web-03", "", "!!x")).containsExactly("prov.clone.invalid.annotations");
  }
}
