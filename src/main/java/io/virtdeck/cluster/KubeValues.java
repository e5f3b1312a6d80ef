package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Timestamps and quantities as the API server writes them, read without the general parsers for the
 * forms it always uses ({@code 2025-06-01T08:00:00Z}, {@code 16Gi}): {@link Instant#parse} and
 * {@link Quantity}'s big decimals are costly for every row of a large inventory. Any other form
 * goes to those parsers, so the results are the same. Also the parsing of sizes in bytes for
 * storage (rounded up) and of sizes typed by a user.
 */
public final class KubeValues {

  private static final String BINARY = "KMGTPE";
  private static final String DECIMAL = "kMGTPE";

  /** A quantity as Kubernetes accepts it, restricted to what makes sense for a disk size. */
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(\\.\\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");

  private KubeValues() {}

  /** An RFC 3339 timestamp; throws {@link java.time.DateTimeException} when unreadable. */
  public static Instant instant(String timestamp) {
    if (timestamp.length() == 20 && shapedLikeUtcSeconds(timestamp)) {
      LocalDate day =
          LocalDate.of(digits(timestamp, 0, 4), digits(timestamp, 5, 2), digits(timestamp, 8, 2));
      int hour = digits(timestamp, 11, 2);
      int minute = digits(timestamp, 14, 2);
      int second = digits(timestamp, 17, 2);
      if (hour < 24 && minute < 60 && second < 60) {
        return day.atTime(hour, minute, second).toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(timestamp);
  }

  /**
   * The bytes of a quantity, its fraction cut off; throws {@link IllegalArgumentException} (or a
   * subclass) when unreadable.
   */
  public static long bytes(String quantity) {
    int end = 0;
    while (end < quantity.length() && end < 18 && isDigit(quantity.charAt(end))) {
      end++;
    }
    if (end > 0 && (end == quantity.length() || !isDigit(quantity.charAt(end)))) {
      long multiplier = multiplier(quantity.substring(end));
      long value = Long.parseLong(quantity, 0, end, 10);
      if (multiplier > 0 && value <= Long.MAX_VALUE / multiplier) {
        return value * multiplier;
      }
    }
    return Quantity.getAmountInBytes(new Quantity(quantity)).longValue();
  }

  /** The bytes of a quantity rounded up to a whole byte; -1 when absent or unreadable. */
  public static long bytesOrUnknown(@Nullable Object quantity) {
    if (quantity == null) {
      return -1;
    }
    try {
      return wholeBytes(
          quantity instanceof Quantity given ? given : new Quantity(quantity.toString()));
    } catch (RuntimeException unreadable) {
      return -1;
    }
  }

  /**
   * The bytes of a size typed by a user (digits, an optional fraction, an optional unit such as
   * {@code Gi}), rounded up to a whole byte; empty when it is not such a size.
   */
  public static Optional<Long> sizeBytes(String text) {
    String trimmed = text.trim();
    var matcher = SIZE.matcher(trimmed);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String unit = matcher.group(3) == null ? "" : matcher.group(3);
    // Exact decimal arithmetic: fabric8's Quantity rounds large binary sizes (7Ei).
    BigDecimal bytes =
        new BigDecimal(matcher.group(1))
            .multiply(BigDecimal.valueOf(multiplier(unit)))
            .setScale(0, RoundingMode.CEILING);
    // More than a long holds (8Ei and up) is no size, rather than a wrapped-around negative one.
    return bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        ? Optional.empty()
        : Optional.of(bytes.longValueExact());
  }

  private static long wholeBytes(Quantity quantity) {
    return Quantity.getAmountInBytes(quantity).setScale(0, RoundingMode.CEILING).longValue();
  }

  /** 1024^n for Ki..Ei, 1000^n for k..E, 1 for none, 0 for anything else. */
  private static long multiplier(String suffix) {
    if (suffix.isEmpty()) {
      return 1;
    }
    if (suffix.length() == 2 && suffix.charAt(1) == 'i' && BINARY.indexOf(suffix.charAt(0)) >= 0) {
      return 1L << (10 * (BINARY.indexOf(suffix.charAt(0)) + 1));
    }
    if (suffix.length() == 1 && DECIMAL.indexOf(suffix.charAt(0)) >= 0) {
      long multiplier = 1;
      for (int i = 0; i <= DECIMAL.indexOf(suffix.charAt(0)); i++) {
        multiplier *= 1000;
      }
      return multiplier;
    }
    return 0;
  }

  private static boolean shapedLikeUtcSeconds(String t) {
    for (int i = 0; i < 19; i++) {
      char expected =
          switch (i) {
            case 4, 7 -> '-';
            case 10 -> 'T';
            case 13, 16 -> ':';
            default -> '0';
          };
      char c = t.charAt(i);
      if (expected == '0' ? !isDigit(c) : c != expected) {
        return false;
      }
    }
    return t.charAt(19) == 'Z';
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
