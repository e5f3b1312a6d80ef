package io.virtdeck.rvtools.plan;

import io.virtdeck.task.Message;

/** One reason a VM is not simply ready: how much it weighs and the sentence saying it. */
public record Reason(Readiness weight, Message message) {

  static Reason needsWork(String key, String... args) {
    return new Reason(Readiness.NEEDS_WORK, Message.of(key, args));
  }

  static Reason blocked(String key, String... args) {
    return new Reason(Readiness.BLOCKED, Message.of(key, args));
  }
}
