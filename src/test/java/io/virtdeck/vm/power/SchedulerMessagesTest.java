package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import org.junit.jupiter.api.Test;

class SchedulerMessagesTest {

  @Test
  void insufficientMemoryBecomesAHostSentence() {
    assertThat(SchedulerMessages.sentence("0/4 nodes are available: 4 Insufficient memory."))
        .isEqualTo(Message.of("task.failed.unschedulable.memory", "0", "4"));
  }

  @Test
  void otherReasonsKeepTheSchedulersWords() {
    assertThat(
            SchedulerMessages.sentence(
                "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity."))
        .isEqualTo(
            Message.of(
                "task.failed.unschedulable.other",
                "0",
                "3",
                "3 node(s) didn't match Pod's node affinity."));
    assertThat(SchedulerMessages.sentence("something else"))
        .isEqualTo(Message.of("task.failed.unschedulable", "something else"));
  }
}
