package io.virtdeck.storage;

import io.virtdeck.cluster.KubeValues;
import io.virtdeck.task.Message;
import java.util.List;
import java.util.Optional;

/**
 * The checks made on a disk size typed by a user: a well-formed quantity, more than zero, never
 * smaller than the disk is.
 */
public final class DiskSizes {

  private DiskSizes() {}

  /** What is wrong with a new disk size; empty when it is fine. */
  public static List<Message> checkNew(String text) {
    Optional<Long> bytes = KubeValues.sizeBytes(text);
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
    long now = KubeValues.bytesOrUnknown(current);
    long wanted = KubeValues.sizeBytes(text).orElse(0L);
    if (now >= 0 && wanted < now) {
      return List.of(Message.of("storage.invalid.shrink", text, current));
    }
    if (now >= 0 && wanted == now) {
      return List.of(Message.of("storage.invalid.same", text, current));
    }
    return List.of();
  }
}
