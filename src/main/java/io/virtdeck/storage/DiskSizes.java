package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.task.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks on a disk size typed by a user, each failure a sentence naming what was typed: a
 * quantity with a unit (a bare number would be bytes), at least {@link #MIN_BYTES}, no more than
 * the datastore has free where that is known, never an overflow, and above {@link #CONFIRM_ABOVE}
 * only when the user confirmed that size explicitly. Expanding also never shrinks the disk.
 */
public final class DiskSizes {

  /** The smallest disk VirtDeck creates: 1Mi. */
  public static final long MIN_BYTES = 1L << 20;

  /** Above this (10Ti) a size must be confirmed explicitly. */
  public static final long CONFIRM_ABOVE = 10L << 40;

  private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
  private static final Pattern SIZE =
      Pattern.compile("([0-9]+(\\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)");
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private DiskSizes() {}

  /**
   * What is wrong with the size of a new disk on a datastore with {@code freeBytes} free (negative:
   * unknown); {@code largeConfirmed} when the user ticked that they mean a size above 10Ti.
   */
  public static List<Message> checkNew(String text, long freeBytes, boolean largeConfirmed) {
    return check(text, 0, freeBytes, largeConfirmed);
  }

  /** What is wrong with a new size of a disk that has {@code current} now. */
  public static List<Message> checkExpand(
      String text, String current, long freeBytes, boolean largeConfirmed) {
    long now = KubeValues.bytesOrUnknown(current);
    List<Message> problems = check(text, Math.max(0, now), freeBytes, largeConfirmed);
    if (!problems.isEmpty() || now < 0) {
      return problems;
    }
    long wanted = bytes(text).orElseThrow();
    if (wanted < now) {
      return List.of(Message.of("storage.invalid.shrink", text.strip(), current));
    }
    return wanted == now
        ? List.of(Message.of("storage.invalid.same", text.strip(), current))
        : List.of();
  }

  /** Whether the size is above {@link #CONFIRM_ABOVE}, so that the user must confirm it. */
  public static boolean large(String text) {
    return bytes(text).map(b -> b > CONFIRM_ABOVE).orElse(false);
  }

  /** The bytes of a well-formed size with a unit, when they fit in a long. */
  static Optional<Long> bytes(String text) {
    String typed = text.strip();
    if (!SIZE.matcher(typed).matches()) {
      return Optional.empty();
    }
    BigDecimal bytes =
        Quantity.getAmountInBytes(new Quantity(typed)).setScale(0, RoundingMode.CEILING);
    return bytes.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(bytes.longValueExact());
  }

  private static List<Message> check(
      String text, long now, long freeBytes, boolean largeConfirmed) {
    String typed = text.strip();
    if (typed.isEmpty()) {
      return List.of(Message.of("storage.invalid.size-empty"));
    }
    if (BARE_NUMBER.matcher(typed).matches()) {
      return List.of(Message.of("storage.invalid.size-unit", typed));
    }
    if (!SIZE.matcher(typed).matches()) {
      return List.of(Message.of("storage.invalid.size", typed));
    }
    Optional<Long> bytes = bytes(typed);
    if (bytes.isEmpty()) {
      return List.of(Message.of("storage.invalid.size-huge", typed));
    }
    long wanted = bytes.get();
    if (wanted < MIN_BYTES) {
      return List.of(Message.of("storage.invalid.size-small", typed));
    }
    if (freeBytes >= 0 && wanted - now > freeBytes) {
      return List.of(Message.of("storage.invalid.size-free", typed, format(freeBytes)));
    }
    if (wanted > CONFIRM_ABOVE && !largeConfirmed) {
      return List.of(Message.of("storage.invalid.size-confirm", typed));
    }
    return List.of();
  }

  /** Bytes as a Kubernetes quantity rounded down to one decimal of a binary unit: "1.5Ti". */
  static String format(long bytes) {
    String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    BigDecimal value = BigDecimal.valueOf(Math.max(0, bytes));
    BigDecimal step = BigDecimal.valueOf(1024);
    int unit = 0;
    while (value.compareTo(step) >= 0 && unit < units.length - 1) {
      value = value.divide(step);
      unit++;
    }
    return value.setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + units[unit];
  }
}
