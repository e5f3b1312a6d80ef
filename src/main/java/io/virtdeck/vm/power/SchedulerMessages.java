package io.virtdeck.vm.power;

import io.virtdeck.task.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scheduler's "0/4 nodes are available: 4 Insufficient memory." as a vSphere sentence. */
final class SchedulerMessages {

  private static final Pattern AVAILABLE =
      Pattern.compile("(\\d+)/(\\d+) nodes are available: (.*)");

  private SchedulerMessages() {}

  static Message sentence(String schedulerMessage) {
    Matcher matcher = AVAILABLE.matcher(schedulerMessage.strip());
    if (!matcher.find()) {
      return Message.of("task.failed.unschedulable", schedulerMessage);
    }
    String available = matcher.group(1);
    String total = matcher.group(2);
    String why = matcher.group(3);
    if (why.contains("Insufficient memory")) {
      return Message.of("task.failed.unschedulable.memory", available, total);
    }
    if (why.contains("Insufficient cpu")) {
      return Message.of("task.failed.unschedulable.cpu", available, total);
    }
    return Message.of("task.failed.unschedulable.other", available, total, why);
  }
}
