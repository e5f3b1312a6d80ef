package io.virtdeck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps count in order and stay done, so "power on, then shut down" works as a class does it. */
class LabProgressTest {

  private static final ResourceKey WEB = new ResourceKey("shop", "web-02");
  private static final Lab LAB =
      new Lab(
          "power",
          Text.of("Power"),
          Text.of(""),
          List.of(
              step(new StepCondition.VmPower(WEB, PowerState.POWERED_ON)),
              step(new StepCondition.VmPower(WEB, PowerState.POWERED_OFF)),
              step(new StepCondition.VmLabel(WEB, "owner", "team-a"))),
          "test");

  private static LabStep step(StepCondition condition) {
    return new LabStep(Text.of("step"), Text.of(""), "", condition);
  }

  @Test
  void aLaterStepMetBeforeTheEarlierOnesDoesNotCount() {
    FakeFacts facts = new FakeFacts();
    facts.power.put(WEB, PowerState.POWERED_OFF);
    facts.labels.put(WEB, java.util.Map.of("owner", "team-a"));

    assertThat(LabProgress.advance(LAB, facts, List.of())).containsExactly(false, false, false);
  }

  @Test
  void stepsDoneStayDoneWhileTheClassMovesOn() {
    FakeFacts facts = new FakeFacts();
    facts.power.put(WEB, PowerState.POWERED_ON);
    List<Boolean> first = LabProgress.advance(LAB, facts, List.of());
    assertThat(first).containsExactly(true, false, false);

    facts.power.put(WEB, PowerState.POWERED_OFF);
    List<Boolean> second = LabProgress.advance(LAB, facts, first);
    assertThat(second).containsExactly(true, true, false);
    assertThat(LabProgress.advance(LAB, facts, List.of()))
        .as("a fresh look does not know the VM was on")
        .containsExactly(false, false, false);

    facts.labels.put(WEB, java.util.Map.of("owner", "team-a"));
    assertThat(LabProgress.count(LabProgress.advance(LAB, facts, second))).isEqualTo(3);
  }
}
