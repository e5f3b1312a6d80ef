package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Kubernetes quantities of storage: parsing into bytes and writing bytes as a quantity (the checks
 * on a size typed by a user are {@link SizeChecks}).
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
      BigDecimal bytes =
          Quantity.getAmountInBytes(new Quantity(trimmed))
              .setScale(0, java.math.RoundingMode.CEILING);
      // More than a long holds (8Ei and up) is no size rather than a wrapped-around negative one.
      return bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
          ? Optional.empty()
          : Optional.of(bytes.longValueExact());
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Bytes as a Kubernetes quantity rounded down to one decimal of a binary unit: "1.5Ti". */
  public static String format(long bytes) {
    String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    BigDecimal value = BigDecimal.valueOf(Math.max(0, bytes));
    int unit = 0;
    BigDecimal step = BigDecimal.valueOf(1024);
    while (value.compareTo(step) >= 0 && unit < units.length - 1) {
      value = value.divide(step);
      unit++;
    }
    return value.setScale(1, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString()
        + units[unit];
  }
}
