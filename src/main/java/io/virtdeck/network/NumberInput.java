package io.virtdeck.network;

import io.virtdeck.task.Message;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole number typed into a text field (VLAN ID, MTU), read exactly as typed: "abc", "12.5",
 * "1e5", a sign or a number out of range is refused with a sentence naming what was typed, never
 * changed into another number. Empty means "none" or "the default" ({@link #EMPTY}).
 */
public record NumberInput(int value, Optional<Message> problem) {

  /** What an empty field stands for: no VLAN, the default MTU. */
  public static final int EMPTY = 0;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  /** A VLAN ID: empty for none, else 1-4094 (0 is refused: the label says 1-4094). */
  public static NumberInput vlan(String text) {
    return parse(
        text,
        NetworkChecks.VLAN_MIN,
        NetworkChecks.VLAN_MAX,
        "net.invalid.vlan-number",
        "net.invalid.vlan");
  }

  /** An MTU: empty for the default, else 576-9216. */
  public static NumberInput mtu(String text) {
    return parse(
        text,
        NetworkChecks.MTU_MIN,
        NetworkChecks.MTU_MAX,
        "net.invalid.mtu-number",
        "net.invalid.mtu");
  }

  public boolean valid() {
    return problem.isEmpty();
  }

  private static NumberInput parse(
      String text, int min, int max, String notANumberKey, String outOfRangeKey) {
    String typed = text.strip();
    if (typed.isEmpty()) {
      return new NumberInput(EMPTY, Optional.empty());
    }
    if (!typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return refused(Message.of(notANumberKey, typed));
    }
    if (!DIGITS.matcher(typed).matches()) {
      return refused(Message.of(outOfRangeKey, typed));
    }
    int value = Integer.parseInt(typed);
    return value < min || value > max
        ? refused(Message.of(outOfRangeKey, typed))
        : new NumberInput(value, Optional.empty());
  }

  private static NumberInput refused(Message problem) {
    return new NumberInput(EMPTY, Optional.of(problem));
  }
}
