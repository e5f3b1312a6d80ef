package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import io.virtdeck.task.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Kubernetes quantities of storage: parsing into bytes, and the checks made on a size typed by a
 * user (a well-formed quantity, more than zero, never smaller than the disk is).
 */
public final class Quantities {

  /** A quantity as Kubernetes accepts it, restricted to what makes sense for a disk size. */
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(\\.\\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");

  private Quantities() {}

  /** The bytes of a quantity; -1 when absent or unreadable. */
  public static long bytes(@Nullable Object quantity) {
    if (quantity == null) {
      return -1;
    }
    try {
      Quantity q = quantity instanceof Quantity given ? given : new Quantity(quantity.toString());
      return Quantity.getAmountInBytes(q).setScale(0, java.math.RoundingMode.CEILING).longValue();
    } catch (RuntimeException unreadable) {
      return -1;
    }
  }

  /** The bytes of a size typed by a user, when it is a valid size quantity. */
  public static Optional<Long> parse(String text) {
    String trimmed = text.trim();
    if (!SIZE.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    try {
      BigDecimal bytes = Quantity.getAmountInBytes(new Quantity(trimmed));
      return Optional.of(bytes.setScale(0, java.math.RoundingMode.CEILING).longValue());
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** What is wrong with a new disk size; empty when it is fine. */
  public static List<Message> checkNew(String text) {
    Optional<Long> bytes = parse(text);
    if (bytes.isEmpty()) {
      return List.of(Message.of("storage.invalid.size", text));
    }
    return bytes.get() <= 0 ? List.of(Message.of("storage.invalid.size-zero", text)) : List.of();
  }

  /** What is wrong with a new size of a disk that has {@code current} now (never shrink). */
  public static List<Message> checkExpand(String text, String current) {
    List<Message> problems = checkNew(text);
    if (!problems.isEmpty()) {
      return problems;
    }
    long now = bytes(current);
    long wanted = parse(text).orElse(0L);
    if (now >= 0 && wanted < now) {
      return List.of(Message.of("storage.invalid.shrink", text, current));
    }
    if (now >= 0 && wanted == now) {
      return List.of(Message.of("storage.invalid.same", text, current));
    }
    return List.of();
  }
}
